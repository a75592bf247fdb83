#include <nlohmann/json.hpp>

#include "report/archive_report.h"

namespace translint {

namespace {

nlohmann::json CountsJson(const std::vector<ArchiveSummary::Count>& counts, const char* key, const char* value) {
  nlohmann::json out = nlohmann::json::array();
  for (const ArchiveSummary::Count& c : counts) out.push_back({{key, c.key}, {value, c.count}});
  return out;
}

nlohmann::json EntityJson(const ArchiveSummary::Entity& e) {
  nlohmann::json spellings = nlohmann::json::array();
  for (const ArchiveSummary::Spelling& s : e.spellings) {
    spellings.push_back({{"spelling", s.text}, {"house", s.house}, {"mentions", s.mentions},
                         {"documents", s.documents}, {"by_outlet", s.by_outlet}, {"by_period", s.by_period}});
  }
  nlohmann::json deviations = nlohmann::json::array();
  for (const ArchiveSummary::Deviation& d : e.deviations) {
    deviations.push_back({{"path", d.path}, {"line", d.line}, {"column", d.column}, {"spelling", d.spelling},
                          {"outlet", d.outlet}, {"date", d.date}});
  }
  return {{"id", e.id}, {"language", e.language}, {"kind", e.kind}, {"name", e.name},
          {"house_form", e.house_form}, {"mentions", e.mentions}, {"documents", e.documents},
          {"deviating_mentions", e.deviating_mentions}, {"deviating_documents", e.deviating_documents},
          {"spellings", spellings}, {"deviations", deviations}};
}

}  // namespace

void WriteArchiveJson(const ArchiveSummary& summary, std::ostream& out) {
  nlohmann::json entities = nlohmann::json::array();
  for (const ArchiveSummary::Entity& e : summary.entities) entities.push_back(EntityJson(e));
  nlohmann::json clusters = nlohmann::json::array();
  for (const ArchiveSummary::Cluster& c : summary.clusters) {
    clusters.push_back({{"id", c.id}, {"language", c.language}, {"kind", c.kind}, {"documents", c.documents},
                        {"mentions", c.mentions}, {"spellings", CountsJson(c.spellings, "spelling", "mentions")},
                        {"stub", c.stub}});
  }
  const nlohmann::json json = {
      {"version", 1},
      {"indexed_at", summary.indexed_at},
      {"translint_version", summary.translint_version},
      {"complete", summary.complete},
      {"files", summary.files},
      {"documents", summary.documents},
      {"words", summary.words},
      {"first_date", summary.first_date},
      {"last_date", summary.last_date},
      {"periods", summary.periods},
      {"outlets", CountsJson(summary.outlets, "outlet", "documents")},
      {"checks", CountsJson(summary.checks, "check", "findings")},
      {"findings_by_outlet", CountsJson(summary.findings_by_outlet, "outlet", "findings")},
      {"artifacts", {{"checks", summary.artifact_checks}, {"outlets", summary.artifacts}}},
      {"entities", entities},
      {"clusters", clusters}};
  out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace translint
