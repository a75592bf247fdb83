// names/unlisted-variants-across: a full name no table lists, spelled in
// different ways by different documents of one run.
#include <algorithm>
#include <map>
#include <set>

#include "check/names/name_checks.h"
#include "check/names/name_usage.h"
#include "check/names/unlisted_full_names.h"

namespace translint {

namespace {

constexpr size_t kMajorityNotes = 3;

std::string Plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

class UnlistedVariantsAcrossCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "names/unlisted-variants-across",
        "A full name no rule table lists is spelled in different ways by different documents.",
        "After the last document, the full names that no table lists (a given name, or a hyphenated compound of "
        "them, and a surname: \"Sergei Furgal\", \"Kassym-Jomart Tokayev\") are grouped by the name key: both "
        "the given name and the surname must read as the same name (Sergei / Sergey, Zhanibek / Janibek), with "
        "the key's guards for gender forms and patronymics; two spellings that the dictionary both knows are two "
        "names (Davis / Davies, Katharine / Katherine). A single capitalized word is never enough across "
        "documents (Warner / Werner), and a part of a hyphenated name is never a name of its own. A document "
        "that writes a spelling other than the one most documents use gets one finding at its first mention, "
        "with every spelling's counts and notes at documents that use the majority form, which is the "
        "suggestion. Nothing is fixed automatically: list the name in a rule table (`translint discover` "
        "writes the entry).\n"
        "Before: a.md: Sergei Furgal was arrested. b.md: Sergey Furgal was arrested.\n"
        "After:  a.md: Sergei Furgal was arrested. b.md: Sergei Furgal was arrested.",
        Severity::kWarning, CheckScope::kCorpus, false};
    return kInfo;
  }

  void CheckCorpus(const CorpusIndex& corpus, CorpusSink* sink) const override {
    for (const FullNameGroup& group : GroupFullNames(corpus)) CheckGroup(corpus, group, sink);
  }

 private:
  void CheckGroup(const CorpusIndex& corpus, const FullNameGroup& group, CorpusSink* sink) const {
    std::vector<size_t> all;
    for (const FullNameSpelling& s : group.spellings) all.insert(all.end(), s.documents.begin(), s.documents.end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    if (all.size() < 2) return;
    std::string counts;
    for (const FullNameSpelling& s : group.spellings) {
      counts += (counts.empty() ? "\"" : ", \"") + s.display + "\" in " +
                Plural(s.documents.size(), "document", "documents") + " (" + Plural(s.mentions, "time", "times") + ")";
    }
    const FullNameSpelling& majority = group.spellings.front();
    const std::set<size_t> majority_documents(majority.documents.begin(), majority.documents.end());
    const size_t outlets = corpus.OutletCount(all);
    std::map<size_t, const FullNameUse*> departing;
    for (size_t i = 1; i < group.spellings.size(); ++i) {
      const FullNameSpelling& s = group.spellings[i];
      for (size_t k = 0; k < s.documents.size(); ++k) {
        const FullNameUse* use = s.firsts[k];
        if (use->silenced || majority_documents.count(s.documents[k])) continue;
        auto [it, fresh] = departing.emplace(s.documents[k], use);
        if (!fresh && use->first.span.begin < it->second->first.span.begin) it->second = use;
      }
    }
    for (const auto& [document, use] : departing) {
      Diagnostic d;
      d.check = info().id;
      d.severity = info().default_severity;
      d.location = corpus.Where(document, use->first);
      d.text = std::string(use->given) + " " + std::string(use->surname);
      d.message = "one name written " + std::to_string(group.spellings.size()) + " ways across " +
                  Plural(all.size(), "document", "documents") +
                  (outlets > 1 ? " of " + std::to_string(outlets) + " outlets" : "") + ": " + counts +
                  "; most documents write \"" + majority.display + "\"; keep one spelling, or list the name in a rule table";
      for (size_t k = 0; k < majority.firsts.size() && d.notes.size() < kMajorityNotes; ++k) {
        d.notes.push_back(Note{corpus.Where(majority.documents[k], majority.firsts[k]->first),
                               "written \"" + majority.display + "\" here"});
      }
      d.suggestions.push_back(majority.display);
      sink->Report(document, std::move(d));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeUnlistedVariantsAcrossCheck() { return std::make_unique<UnlistedVariantsAcrossCheck>(); }

}  // namespace translint
