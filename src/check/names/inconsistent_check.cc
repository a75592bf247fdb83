// names/inconsistent: one document renders one entity in two or more ways.
#include <algorithm>
#include <map>

#include "check/names/name_checks.h"
#include "check/names/name_usage.h"

namespace translint {

namespace {

// All mentions written one way, with the surnames that can only belong to it.
struct Family {
  std::string key;
  std::string display;  // as first written, quoted
  std::vector<const Mention*> mentions;
};

bool Covers(const std::string& longer, const std::string& shorter) {
  return longer.size() > shorter.size() + 1 && longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0 &&
         longer[longer.size() - shorter.size() - 1] == ' ';
}

// Groups mentions by rendering; a rendering that is the surname of exactly one
// longer rendering joins it, and one that fits several ("Lavrov" of "Sergei
// Lavrov" and "Sergey Lavrov") counts for none.
std::vector<Family> Families(const CheckContext& context, const EntityMentions& usage) {
  std::map<std::string, std::vector<const Mention*>> by_key;
  std::vector<std::string> order;
  for (const Mention* m : usage.mentions) {
    const NameForm& form = FormOf(context, *m);
    if (form.tag == SpellingTag::kTranslation) continue;
    // A Russian case form (Жапаровым) is a rendering of the spelling it declines.
    const std::string key = RenderingKey(form.nominative.empty() ? SurfaceOf(context, *m) : form.nominative);
    if (by_key[key].empty()) order.push_back(key);
    by_key[key].push_back(m);
  }
  std::vector<Family> families;
  for (const std::string& key : order) {
    const bool covered = std::any_of(order.begin(), order.end(), [&](const std::string& k) { return Covers(k, key); });
    if (!covered) families.push_back(Family{key, Quoted(context, *by_key[key][0]), by_key[key]});
  }
  for (const std::string& key : order) {
    std::vector<Family*> owners;
    for (Family& f : families) {
      if (Covers(f.key, key)) owners.push_back(&f);
    }
    if (owners.size() == 1) {
      auto& ms = owners[0]->mentions;
      ms.insert(ms.end(), by_key[key].begin(), by_key[key].end());
      std::sort(ms.begin(), ms.end(), [](const Mention* a, const Mention* b) { return a->span.begin < b->span.begin; });
    }
  }
  return families;
}

class InconsistentCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "names/inconsistent", "One document writes one entity in two or more ways.",
        "Reported once per entity, at the first mention that departs from the house spelling (or, without one, "
        "from the majority), with the count of each rendering and a note at every other departing mention. A "
        "surname on its own counts with the full name it belongs to (\"Japarov\" with \"Sadyr Japarov\"); case "
        "does not make a rendering different. Translations are left to names/translated-name. When the entity "
        "has a house spelling in the document's language the finding is info, since names/non-preferred already "
        "flags each departing mention; without one it is a warning and the only signal. Nothing is fixed "
        "automatically: choose the spelling.\n"
        "Before: Sadyr Japarov ... Japarov said ... Zhaparov added\n"
        "After:  Sadyr Japarov ... Japarov said ... Japarov added",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    for (const EntityMentions& usage : GroupByEntity(context)) {
      std::vector<Family> families = Families(context, usage);
      if (families.size() >= 2) Report(context, usage, std::move(families), sink);
    }
  }

 private:
  void Report(const CheckContext& context, const EntityMentions& usage, std::vector<Family> families,
              DiagnosticSink* sink) const {
    const Entity& entity = context.names.table().entities()[usage.entity];
    const std::string preferred = PreferredSpelling(entity, context.document.language(), false);
    const std::string preferred_key = RenderingKey(preferred);
    const std::string preferred_short = RenderingKey(PreferredSpelling(entity, context.document.language(), true));
    // The house spelling first, then the majority, then the first written: the
    // others are the ones to point at.
    std::stable_sort(families.begin(), families.end(), [&](const Family& a, const Family& b) {
      const bool a_house = a.key == preferred_key || a.key == preferred_short;
      const bool b_house = b.key == preferred_key || b.key == preferred_short;
      if (a_house != b_house) return a_house;
      return a.mentions.size() > b.mentions.size();
    });
    std::string counts;
    for (const Family& f : families) {
      if (!counts.empty()) counts += ", ";
      counts += f.display + " " + std::to_string(f.mentions.size()) + (f.mentions.size() == 1 ? " time" : " times");
    }
    std::vector<const Mention*> minority;
    for (size_t i = 1; i < families.size(); ++i) {
      minority.insert(minority.end(), families[i].mentions.begin(), families[i].mentions.end());
    }
    std::sort(minority.begin(), minority.end(), [](const Mention* a, const Mention* b) { return a->span.begin < b->span.begin; });
    std::string message = EntityLabel(entity) + " is written " + std::to_string(families.size()) +
                          " ways in this document: " + counts + "; keep one spelling";
    if (!preferred.empty()) message += " (house style: \"" + preferred + "\")";
    Diagnostic d = Make(context.document, minority.front()->span, message);
    for (size_t i = 1; i < minority.size(); ++i) {
      d.notes.push_back(Note{LocationOf(context.document, minority[i]->span),
                             "also written " + Quoted(context, *minority[i]) + " here"});
    }
    d.suggestions.push_back(preferred.empty() ? std::string(SurfaceOf(context, *families.front().mentions.front()))
                                              : preferred);
    // With a house spelling, names/non-preferred already flags (and fixes) every
    // deviating mention: this summary is then information, not a second warning.
    if (!preferred.empty()) d.severity = Severity::kInfo;
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeInconsistentCheck() { return std::make_unique<InconsistentCheck>(); }

}  // namespace translint
