#include "corpus/corpus_index.h"

#include <algorithm>
#include <set>

namespace translint {

std::string_view DocumentRecord::Keep(std::string_view text) {
  if (!own_) own_ = std::make_shared<std::deque<std::string>>();
  return own_->emplace_back(text);
}

std::string_view CorpusIndex::Intern(std::string_view text) { return *pool_.emplace(text).first; }

void CorpusIndex::Add(DocumentRecord record) {
  for (std::string_view* v : {&record.path, &record.language, &record.date, &record.outlet}) *v = Intern(*v);
  for (NameUse& u : record.names) {
    u.rendering = Intern(u.rendering);
    u.surface = Intern(u.surface);
  }
  for (FullNameUse& u : record.full_names) {
    u.given = Intern(u.given);
    u.surname = Intern(u.surname);
    u.context = Intern(u.context);
  }
  for (EdgeLine& line : record.edge_lines) {
    line.key = Intern(line.key);
    line.surface = Intern(line.surface);
  }
  record.title = {};
  record.edge_lines.shrink_to_fit();
  record.names.shrink_to_fit();
  record.full_names.shrink_to_fit();
  record.own_.reset();
  documents_.push_back(std::move(record));
}

std::vector<CorpusIndex::EntityUses> CorpusIndex::ByEntity() const {
  std::vector<EntityUses> groups;
  std::map<std::tuple<std::string, std::string, bool>, size_t> index;
  for (size_t d = 0; d < documents_.size(); ++d) {
    const DocumentRecord& record = documents_[d];
    for (const NameUse& use : record.names) {
      const std::string& id = record.table->entities()[use.entity].id;
      const auto key = std::make_tuple(id, std::string(record.language), use.is_short);
      const auto [it, fresh] = index.emplace(key, groups.size());
      if (fresh) groups.push_back(EntityUses{id, std::string(record.language), use.is_short, {}});
      groups[it->second].uses.emplace_back(d, &use);
    }
  }
  return groups;
}

Location CorpusIndex::Where(size_t document, const Place& place) const {
  Location l;
  l.path = std::string(documents_[document].path);
  l.span = place.span;
  l.start = Position{place.start.line, place.start.column, place.start.utf16_column};
  l.end = Position{place.end.line, place.end.column, place.end.utf16_column};
  return l;
}

size_t CorpusIndex::OutletCount(const std::vector<size_t>& documents) const {
  std::set<std::string_view> outlets;
  for (size_t d : documents) {
    if (!documents_[d].outlet.empty()) outlets.insert(documents_[d].outlet);
  }
  return outlets.size();
}

void CorpusSink::Report(size_t document, Diagnostic diagnostic) {
  if (ApplyConfiguredSeverity(corpus_.documents()[document].severities, &diagnostic)) {
    diagnostics_.push_back(std::move(diagnostic));
  }
}

std::vector<Diagnostic> CorpusSink::Take() {
  std::sort(diagnostics_.begin(), diagnostics_.end(), DiagnosticLess);
  return std::move(diagnostics_);
}

}  // namespace translint
