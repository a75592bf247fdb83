// names/inconsistent-across: a listed entity written in different ways by the
// documents of one run.
#include <algorithm>
#include <map>
#include <set>

#include "check/names/name_checks.h"
#include "check/names/name_usage.h"

namespace translint {

namespace {

constexpr size_t kMajorityNotes = 3;

std::string Plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// One rendering of an entity across the run.
struct Rendering {
  std::string_view key;
  std::string_view display;       // as first written
  size_t mentions = 0;
  std::vector<size_t> documents;  // in run order, once each
  std::vector<const NameUse*> firsts;  // the first use in each of those documents
};

std::vector<Rendering> Renderings(const CorpusIndex::EntityUses& group) {
  std::vector<Rendering> renderings;
  std::map<std::string_view, size_t> index;
  for (const auto& [document, use] : group.uses) {
    const auto [it, fresh] = index.emplace(use->rendering, renderings.size());
    if (fresh) renderings.push_back(Rendering{use->rendering, use->surface, 0, {}, {}});
    Rendering& r = renderings[it->second];
    r.mentions += use->count;
    if (r.documents.empty() || r.documents.back() != document) {
      r.documents.push_back(document);
      r.firsts.push_back(use);
    }
  }
  return renderings;
}

class InconsistentAcrossCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "names/inconsistent-across",
        "The documents of one run write one listed entity in different ways.",
        "Every document can be consistent in itself and an archive still spell one person two ways between "
        "Monday's story and Tuesday's. After the last document, each listed entity's renderings in one "
        "language are counted across the run (full names and surnames alone apart; case aside). The standard "
        "is the house spelling when the entity has one in that language, else the rendering most documents "
        "use. Each document that departs from it gets one finding at its first departing mention, with every "
        "rendering's count of documents and mentions, notes at documents that use the standard, and the "
        "standard as suggestion. A mention that names/non-preferred already reports is not reported again, "
        "and a historical spelling in a document dated while it was right is not counted.\n"
        "Before: a.md: Sergei Furgal was arrested. b.md: Sergey Furgal was arrested.\n"
        "After:  a.md: Sergei Furgal was arrested. b.md: Sergei Furgal was arrested.",
        Severity::kWarning, CheckScope::kCorpus, false};
    return kInfo;
  }

  void CheckCorpus(const CorpusIndex& corpus, CorpusSink* sink) const override {
    for (const CorpusIndex::EntityUses& group : corpus.ByEntity()) CheckEntity(corpus, group, sink);
  }

 private:
  void CheckEntity(const CorpusIndex& corpus, const CorpusIndex::EntityUses& group, CorpusSink* sink) const {
    std::vector<Rendering> renderings = Renderings(group);
    if (renderings.size() < 2) return;
    const DocumentRecord& some = corpus.documents()[group.uses.front().first];
    const Entity& entity = some.table->entities()[group.uses.front().second->entity];
    const std::string house = PreferredSpelling(entity, group.language, group.is_short);
    const std::string house_key = RenderingKey(house);
    // The standard first: the house spelling, else the most documents (the first written on a tie).
    std::stable_sort(renderings.begin(), renderings.end(), [&](const Rendering& a, const Rendering& b) {
      if ((a.key == house_key) != (b.key == house_key)) return a.key == house_key;
      return a.documents.size() > b.documents.size();
    });
    std::vector<size_t> all;
    for (const Rendering& r : renderings) all.insert(all.end(), r.documents.begin(), r.documents.end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    if (all.size() < 2) return;  // one document: names/inconsistent's case
    std::string counts;
    for (const Rendering& r : renderings) {
      counts += (counts.empty() ? "" : ", ") + Quoted(r.display) + " in " + Plural(r.documents.size(), "document", "documents") +
                " (" + Plural(r.mentions, "time", "times") + ")";
    }
    const Rendering& standard = renderings.front();
    const bool has_house = !house.empty() && standard.key == house_key;
    const std::string target = has_house ? house : std::string(standard.display);
    // Per document, its first departing use that no document check reported;
    // a document that also writes the standard is names/inconsistent's case.
    const std::set<size_t> standard_documents(standard.documents.begin(), standard.documents.end());
    std::map<size_t, const NameUse*> departing;
    for (size_t i = 1; i < renderings.size(); ++i) {
      for (size_t k = 0; k < renderings[i].documents.size(); ++k) {
        const NameUse* use = renderings[i].firsts[k];
        const size_t d = renderings[i].documents[k];
        if (use->reported || use->silenced || standard_documents.count(d)) continue;
        auto [it, fresh] = departing.emplace(d, use);
        if (!fresh && use->first.span.begin < it->second->first.span.begin) it->second = use;
      }
    }
    const size_t outlets = corpus.OutletCount(all);
    for (const auto& [document, use] : departing) {
      Diagnostic d;
      d.check = info().id;
      d.severity = info().default_severity;
      d.location = corpus.Where(document, use->first);
      d.text = use->surface;
      d.message = EntityLabel(entity) + " is written " + std::to_string(renderings.size()) + " ways across " +
                  Plural(all.size(), "document", "documents") +
                  (outlets > 1 ? " of " + std::to_string(outlets) + " outlets" : "") + ": " + counts + "; " +
                  (has_house ? "the house spelling is " : "most documents write ") + Quoted(target);
      for (size_t k = 0; k < standard.firsts.size() && d.notes.size() < kMajorityNotes; ++k) {
        d.notes.push_back(Note{corpus.Where(standard.documents[k], standard.firsts[k]->first),
                               "written " + Quoted(standard.firsts[k]->surface) + " here"});
      }
      d.suggestions.push_back(AdaptToSurface(use->surface, target));
      sink->Report(document, std::move(d));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeInconsistentAcrossCheck() { return std::make_unique<InconsistentAcrossCheck>(); }

}  // namespace translint
