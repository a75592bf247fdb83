#include "corpus/corpus_index.h"

#include <algorithm>
#include <set>

namespace translint {

std::vector<CorpusIndex::EntityUses> CorpusIndex::ByEntity() const {
  std::vector<EntityUses> groups;
  std::map<std::tuple<std::string, std::string, bool>, size_t> index;
  for (size_t d = 0; d < documents_.size(); ++d) {
    const DocumentRecord& record = documents_[d];
    for (const NameUse& use : record.names) {
      const std::string& id = record.table->entities()[use.entity].id;
      const auto key = std::make_tuple(id, record.language, use.is_short);
      const auto [it, fresh] = index.emplace(key, groups.size());
      if (fresh) groups.push_back(EntityUses{id, record.language, use.is_short, {}});
      groups[it->second].uses.emplace_back(d, &use);
    }
  }
  return groups;
}

Location CorpusIndex::Where(size_t document, const Place& place) const {
  Location l;
  l.path = documents_[document].path;
  l.span = place.span;
  l.start = place.start;
  l.end = place.end;
  return l;
}

size_t CorpusIndex::OutletCount(const std::vector<size_t>& documents) const {
  std::set<std::string> outlets;
  for (size_t d : documents) {
    if (!documents_[d].meta.outlet.empty()) outlets.insert(documents_[d].meta.outlet);
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
