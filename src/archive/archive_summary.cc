#include "archive/archive_summary.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

#include <nlohmann/json.hpp>

namespace translint {

namespace {

bool Digits(const std::string& s, size_t from, size_t n) {
  if (s.size() < from + n) return false;
  for (size_t i = from; i < from + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// Runs `sql` and calls `row` for each row.
Status ForEachRow(Database& db, const std::string& sql, const std::function<void(const Statement&)>& row) {
  Result<Statement> s = db.Prepare(sql);
  if (!s.ok()) return s.status();
  while (s->Step()) row(*s);
  return s->status();
}

Status Counts(Database& db, const std::string& sql, std::vector<ArchiveSummary::Count>* out) {
  return ForEachRow(db, sql, [&](const Statement& s) {
    out->push_back({std::string(s.Text(0)), s.Int(1)});
  });
}

std::string LastWord(const std::string& s) {
  const size_t space = s.find_last_of(' ');
  return space == std::string::npos ? s : s.substr(space + 1);
}

// Every month from the first date's to the last's, or every year when that is more than 48 months.
std::vector<std::string> Periods(const std::string& first, const std::string& last, bool* by_year) {
  *by_year = false;
  if (!Digits(first, 0, 4) || !Digits(last, 0, 4)) return {};
  const int y0 = std::stoi(first.substr(0, 4)), y1 = std::stoi(last.substr(0, 4));
  const int m0 = Digits(first, 5, 2) ? std::stoi(first.substr(5, 2)) : 1;
  const int m1 = Digits(last, 5, 2) ? std::stoi(last.substr(5, 2)) : 12;
  std::vector<std::string> periods;
  const int months = (y1 - y0) * 12 + (m1 - m0) + 1;
  *by_year = months > 48;
  char text[16];
  if (*by_year) {
    for (int y = y0; y <= y1; ++y) periods.push_back(std::to_string(y));
    return periods;
  }
  for (int k = 0; k < months; ++k) {
    const int m = m0 - 1 + k;
    std::snprintf(text, sizeof text, "%04d-%02d", y0 + m / 12, m % 12 + 1);
    periods.push_back(text);
  }
  return periods;
}

Status ReadTotals(Database& db, ArchiveSummary* out) {
  Status s = ForEachRow(db, "SELECT key, value FROM meta", [&](const Statement& r) {
    const std::string key(r.Text(0));
    if (key == "indexed_at") out->indexed_at = r.Text(1);
    if (key == "translint_version") out->translint_version = r.Text(1);
    if (key == "complete") out->complete = r.Text(1) == "1";
  });
  if (!s.ok()) return s;
  Result<int64_t> files = db.QueryInt("SELECT count(*) FROM files");
  if (!files.ok()) return files.status();
  out->files = *files;
  s = ForEachRow(db,
                 "SELECT count(*), coalesce(sum(words), 0), coalesce(min(nullif(date, '')), ''), "
                 "coalesce(max(nullif(date, '')), '') FROM documents WHERE checked = 1",
                 [&](const Statement& r) {
                   out->documents = r.Int(0);
                   out->words = r.Int(1);
                   out->first_date = r.Text(2);
                   out->last_date = r.Text(3);
                 });
  if (!s.ok()) return s;
  s = Counts(db,
             "SELECT coalesce(outlet, ''), count(*) c FROM documents WHERE checked = 1 GROUP BY 1 "
             "ORDER BY c DESC, 1",
             &out->outlets);
  if (!s.ok()) return s;
  s = Counts(db, "SELECT check_id, count(*) c FROM findings GROUP BY 1 ORDER BY c DESC, 1", &out->checks);
  if (!s.ok()) return s;
  return Counts(db,
                "SELECT coalesce(d.outlet, ''), count(*) c FROM findings x LEFT JOIN documents d ON x.document = d.id "
                "GROUP BY 1 ORDER BY c DESC, 1",
                &out->findings_by_outlet);
}

Status ReadArtifacts(Database& db, ArchiveSummary* out) {
  std::map<std::string, int64_t> totals;
  Status s = ForEachRow(db,
                        "SELECT coalesce(d.outlet, ''), x.check_id, count(*) FROM findings x "
                        "LEFT JOIN documents d ON x.document = d.id "
                        "WHERE x.check_id NOT LIKE 'names/%' AND x.check_id NOT LIKE 'input/%' GROUP BY 1, 2",
                        [&](const Statement& r) {
                          out->artifacts[std::string(r.Text(0))][std::string(r.Text(1))] = r.Int(2);
                          totals[std::string(r.Text(1))] += r.Int(2);
                        });
  if (!s.ok()) return s;
  for (const auto& [check, count] : totals) out->artifact_checks.push_back(check);
  std::stable_sort(out->artifact_checks.begin(), out->artifact_checks.end(),
                   [&](const std::string& a, const std::string& b) { return totals[a] > totals[b]; });
  return Status::Ok();
}

// The mentions of listed entities, per entity, language and spelling.
Status ReadEntities(Database& db, bool by_year, ArchiveSummary* out) {
  std::map<std::pair<std::string, std::string>, ArchiveSummary::Entity> entities;  // by (id, language)
  Status s = ForEachRow(db, "SELECT id, language, kind, name, house_form FROM entities", [&](const Statement& r) {
    ArchiveSummary::Entity e;
    e.id = r.Text(0);
    e.language = r.Text(1);
    e.kind = r.Text(2);
    e.name = r.Text(3);
    e.house_form = r.Text(4);
    entities[{e.id, e.language}] = e;
  });
  if (!s.ok()) return s;
  // (id, language) -> spelling -> its figures; short: a surname alone.
  std::map<std::pair<std::string, std::string>, std::map<std::string, ArchiveSummary::Spelling>> spellings;
  std::map<std::pair<std::string, std::string>, std::set<int64_t>> documents, deviating;
  s = ForEachRow(
      db,
      "SELECT m.entity, coalesce(d.language, ''), m.spelling, m.short, m.count, m.document, coalesce(d.outlet, ''), "
      "coalesce(d.date, ''), f.path, m.line, m.col FROM mentions m JOIN documents d ON m.document = d.id "
      "JOIN files f ON d.file = f.id WHERE m.entity IS NOT NULL ORDER BY d.date, f.path, d.ord, m.line, m.col",
      [&](const Statement& r) {
        const std::pair<std::string, std::string> key{std::string(r.Text(0)), std::string(r.Text(1))};
        const auto entity = entities.find(key);
        if (entity == entities.end()) return;  // a language the entity has no house form in
        ArchiveSummary::Entity& e = entity->second;
        const std::string text(r.Text(2));
        ArchiveSummary::Spelling& sp = spellings[key][text];
        sp.text = text;
        sp.house = text == e.house_form || (r.Int(3) != 0 && text == LastWord(e.house_form));
        const int64_t count = r.Int(4), document = r.Int(5);
        const std::string outlet(r.Text(6)), date(r.Text(7));
        sp.mentions += count;
        ++sp.documents;
        sp.by_outlet[outlet] += count;
        const std::string period = PeriodOf(date, by_year);
        if (!period.empty()) sp.by_period[period] += count;
        e.mentions += count;
        documents[key].insert(document);
        if (sp.house) return;
        e.deviating_mentions += count;
        deviating[key].insert(document);
        if (e.deviations.size() < ArchiveSummary::kMaxDeviations) {
          e.deviations.push_back({std::string(r.Text(8)), text, outlet, date, r.Int(9), r.Int(10)});
        }
      });
  if (!s.ok()) return s;
  for (auto& [key, e] : entities) {
    if (e.mentions == 0) continue;
    e.documents = static_cast<int64_t>(documents[key].size());
    e.deviating_documents = static_cast<int64_t>(deviating[key].size());
    for (auto& [text, sp] : spellings[key]) e.spellings.push_back(std::move(sp));
    std::stable_sort(e.spellings.begin(), e.spellings.end(), [](const auto& a, const auto& b) {
      return a.house != b.house ? a.house : a.mentions > b.mentions;
    });
    out->entities.push_back(std::move(e));
  }
  std::stable_sort(out->entities.begin(), out->entities.end(), [](const auto& a, const auto& b) {
    const bool a_many = a.spellings.size() > 1, b_many = b.spellings.size() > 1;
    if (a_many != b_many) return a_many;
    if (a.deviating_mentions != b.deviating_mentions) return a.deviating_mentions > b.deviating_mentions;
    return a.mentions > b.mentions;
  });
  return Status::Ok();
}

Status ReadClusters(Database& db, ArchiveSummary* out) {
  return ForEachRow(db,
                    "SELECT id, language, kind, documents, mentions, spellings, stub FROM clusters "
                    "ORDER BY documents DESC, mentions DESC, id",
                    [&](const Statement& r) {
                      ArchiveSummary::Cluster c;
                      c.id = r.Text(0);
                      c.language = r.Text(1);
                      c.kind = r.Text(2);
                      c.documents = r.Int(3);
                      c.mentions = r.Int(4);
                      const nlohmann::json spellings = nlohmann::json::parse(r.Text(5), nullptr, false);
                      if (spellings.is_array()) {
                        for (const nlohmann::json& sp : spellings) {
                          c.spellings.push_back({sp.value("spelling", ""), sp.value("mentions", int64_t{0})});
                        }
                      }
                      c.stub = r.Text(6);
                      out->clusters.push_back(std::move(c));
                    });
}

}  // namespace

std::string PeriodOf(const std::string& date, bool by_year) {
  if (!Digits(date, 0, 4)) return "";
  if (by_year) return date.substr(0, 4);
  return date.size() >= 7 && date[4] == '-' && Digits(date, 5, 2) ? date.substr(0, 7) : "";
}

Result<ArchiveSummary> SummarizeArchive(Database& db) {
  ArchiveSummary summary;
  if (Status s = ReadTotals(db, &summary); !s.ok()) return s;
  bool by_year = false;
  summary.periods = Periods(summary.first_date, summary.last_date, &by_year);
  if (Status s = ReadArtifacts(db, &summary); !s.ok()) return s;
  if (Status s = ReadEntities(db, by_year, &summary); !s.ok()) return s;
  if (Status s = ReadClusters(db, &summary); !s.ok()) return s;
  return summary;
}

}  // namespace translint
