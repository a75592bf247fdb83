// names/unlisted-variants: names no rule table lists, spelled two or more ways.
#include "check/names/name_checks.h"
#include "check/names/unlisted_names.h"
#include <algorithm>

#include "match/name_clusters.h"

namespace translint {

namespace {

std::string Times(size_t n) { return std::to_string(n) + (n == 1 ? " time" : " times"); }

class UnlistedVariantsCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "names/unlisted-variants", "A name that no rule table lists is spelled two or more ways in one document.",
        "Capitalized words that are not in any rule table and not common words (the dictionary does not know "
        "them in lower case) are grouped by the name key: spellings that read as one name in the document's "
        "language (Sergei / Sergey, Zhaparov / Japarov / Dzhaparov; in German Dschaparow / Schaparow) form a "
        "cluster. Feminine and masculine forms (Ivanov / Ivanova), patronymics and surnames, and surnames seen "
        "with different given names (Sadyr Japarov / Akylbek Zhaparov) are kept apart. Reported once per "
        "cluster at the first spelling that departs from the majority, with every spelling's count and a note "
        "at each departing mention. Nothing is fixed automatically: pick one spelling, or add the name to a "
        "rule table (`translint discover` writes the entry).\n"
        "Before: Sergei Furgal ... Furgal, Sergey said\n"
        "After:  Sergei Furgal ... Furgal, Sergei said",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    std::vector<NameOccurrence> names = FindUnlistedNames(context, NameScope::kWithinDocument);
    // A listed person in a spelling no table lists is names/unlisted-spelling's finding.
    if (context.near_mentions != nullptr) {
      std::erase_if(names, [&](const NameOccurrence& o) {
        return std::any_of(context.near_mentions->begin(), context.near_mentions->end(), [&](const NearMention& m) {
          return m.span.begin <= o.span.begin && o.span.end <= m.span.end;
        });
      });
    }
    for (const NameCluster& cluster : ClusterNames(names, context.document.language())) {
      Report(context, names, cluster, sink);
    }
  }

 private:
  void Report(const CheckContext& context, const std::vector<NameOccurrence>& names, const NameCluster& cluster,
              DiagnosticSink* sink) const {
    std::string counts;
    std::vector<size_t> departing;
    for (size_t i = 0; i < cluster.spellings.size(); ++i) {
      const SpellingCount& s = cluster.spellings[i];
      if (!counts.empty()) counts += ", ";
      counts += "\"" + s.spelling + "\" " + Times(s.occurrences.size());
      if (i > 0) departing.insert(departing.end(), s.occurrences.begin(), s.occurrences.end());
    }
    std::sort(departing.begin(), departing.end());
    const std::string& majority = cluster.spellings.front().spelling;
    Diagnostic d = Make(context.document, names[departing.front()].span,
                        "one name written " + std::to_string(cluster.spellings.size()) + " ways: " + counts +
                            "; keep one spelling (the most used is \"" + majority +
                            "\"), or list the name in a rule table");
    d.notes.push_back(Note{LocationOf(context.document, names[cluster.spellings.front().occurrences.front()].span),
                           "\"" + majority + "\" first written here"});
    for (size_t i = 1; i < departing.size(); ++i) {
      const NameOccurrence& o = names[departing[i]];
      d.notes.push_back(Note{LocationOf(context.document, o.span), "also written \"" + o.spelling + "\" here"});
    }
    d.suggestions.push_back(majority);
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeUnlistedVariantsCheck() { return std::make_unique<UnlistedVariantsCheck>(); }

}  // namespace translint
