// names/non-preferred: a known variant where the house spelling is expected.
#include <set>

#include "check/names/name_checks.h"
#include "check/names/name_usage.h"

namespace translint {

namespace {

std::string Describe(SpellingTag tag) {
  switch (tag) {
    case SpellingTag::kTransliteration: return "a transliteration";
    case SpellingTag::kTranslation: return "a translation";
    case SpellingTag::kHistorical: return "a historical spelling";
    case SpellingTag::kMisspelling: return "a misspelling";
    case SpellingTag::kNone: break;
  }
  return "a variant";
}

class NonPreferredCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "names/non-preferred", "A known variant of a name where the house spelling is expected.",
        "Every entity in the rule tables has a preferred spelling per target language (wire style by default; "
        "a project's .translint.yaml can override it). A mention written in another known spelling is reported "
        "and, when the replacement is certain, fixed: case (ALL CAPS), a possessive 's and the surrounding "
        "punctuation are kept. A surname shared by several entities is fixed only when all of them want the "
        "same spelling; otherwise each is suggested. A translation of a name (\"Porn Movies\") may be a plain "
        "phrase, so it is left to names/translated-name, which reports it next to the transliterated name.\n"
        "Before: President Sadyr Zhaparov met Zhaparov's advisers in Kiev.\n"
        "After:  President Sadyr Japarov met Japarov's advisers in Kyiv.",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    for (const Mention& mention : context.mentions) {
      if (!mention.gloss) CheckMention(context, mention, sink);
    }
  }

 private:
  struct Reading {
    const Entity* entity;
    const NameForm* form;
    std::string replacement;
  };

  // One reading per candidate entity; empty when any candidate has no house
  // spelling in this language or already is written in it.
  static std::vector<Reading> Readings(const CheckContext& context, const Mention& mention) {
    const std::string_view surface = SurfaceOf(context, mention);
    const std::string key = RenderingKey(surface);
    std::vector<Reading> readings;
    std::set<uint32_t> seen;
    for (uint32_t f : mention.forms) {
      const NameForm& form = context.names.form(f);
      // "Porn Movies" may be just porn movies: a translation is only reported
      // next to the transliterated name, by names/translated-name.
      if (form.tag == SpellingTag::kTranslation) return {};
      // A historical name in a document dated while it was the name (Nur-Sultan in 2020).
      if (form.spelling != nullptr && form.spelling->ValidOn(context.document.meta().date)) return {};
      if (mention.entity >= 0 && form.entity != static_cast<uint32_t>(mention.entity)) continue;
      if (!seen.insert(form.entity).second) continue;
      const Entity& entity = context.names.table().entities()[form.entity];
      // A Russian case form (Жапарову) is compared with the house spelling in that case.
      const std::string preferred =
          PreferredSpelling(entity, context.document.language(), form.is_short, form.grammatical_case);
      if (preferred.empty() || RenderingKey(preferred) == key) return {};
      readings.push_back(Reading{&entity, &form, AdaptToSurface(surface, preferred)});
    }
    return readings;
  }

  void CheckMention(const CheckContext& context, const Mention& mention, DiagnosticSink* sink) const {
    const std::vector<Reading> readings = Readings(context, mention);
    if (readings.empty()) return;
    const std::string surface(SurfaceOf(context, mention));
    const Reading& first = readings.front();
    std::set<std::string> replacements;
    for (const Reading& r : readings) replacements.insert(r.replacement);
    std::string message;
    if (readings.size() == 1) {
      message = Quoted(surface) + " is " + Describe(first.form->tag) + " of " + EntityLabel(*first.entity) +
                "; write " + Quoted(first.replacement) + SourceSuffix(*first.entity, context.document.language());
    } else {
      std::string who;
      for (size_t i = 0; i < readings.size(); ++i) {
        if (i > 0) who.append(i + 1 == readings.size() ? " or " : ", ");
        who.append(readings[i].entity->DisplayName());
      }
      message = Quoted(surface) + " may name " + who;
      message += replacements.size() == 1 ? "; the house spelling of each is " + Quoted(first.replacement)
                                          : "; write the house spelling of the one meant";
    }
    Diagnostic d = Make(context.document, mention.span, message);
    if (replacements.size() == 1) d.fix.push_back(Edit{mention.span, first.replacement});
    d.suggestions.assign(replacements.begin(), replacements.end());
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeNonPreferredCheck() { return std::make_unique<NonPreferredCheck>(); }

}  // namespace translint
