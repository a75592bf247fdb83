// names/translated-name: a name translated in one place and transliterated in another.
#include "check/names/name_checks.h"
#include "check/names/name_usage.h"

namespace translint {

namespace {

std::string Rendering(const CheckContext& context, const std::vector<const Mention*>& mentions) {
  std::string out = Quoted(context, *mentions.front());
  if (mentions.size() > 1) out += " " + std::to_string(mentions.size()) + " times";
  return out;
}

class TranslatedNameCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "names/translated-name", "A name is translated in one place and transliterated in another.",
        "Machine translation often translates a proper name (a band, a party, a newspaper) in one sentence and "
        "transliterates it in the next, so readers meet two names for one thing. The spellings come from the "
        "rule tables, where variants are tagged `translation` or `transliteration`. The finding points at the "
        "form that is not the house style, with notes at its other occurrences.\n"
        "Before: The band Pornofilmy ... the \"Porn Movies\" concert\n"
        "After:  The band Pornofilmy ... the Pornofilmy concert",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    for (const EntityMentions& usage : GroupByEntity(context)) {
      std::vector<const Mention*> translated, transliterated;
      for (const Mention* m : usage.mentions) {
        const SpellingTag tag = FormOf(context, *m).tag;
        if (tag == SpellingTag::kTranslation) translated.push_back(m);
        if (tag == SpellingTag::kTransliteration) transliterated.push_back(m);
      }
      if (translated.empty() || transliterated.empty()) continue;
      Report(context, usage.entity, translated, transliterated, sink);
    }
  }

 private:
  void Report(const CheckContext& context, uint32_t entity_index, const std::vector<const Mention*>& translated,
              const std::vector<const Mention*>& transliterated, DiagnosticSink* sink) const {
    const Entity& entity = context.names.table().entities()[entity_index];
    const Spelling* preferred = entity.PreferredFor(context.document.language());
    const bool house_is_translation = preferred != nullptr && preferred->tag == SpellingTag::kTranslation;
    const auto& wrong = house_is_translation ? transliterated : translated;
    std::string message = EntityLabel(entity) + " is translated as " + Rendering(context, translated) +
                          " but transliterated as " + Rendering(context, transliterated) +
                          " in this document; use one form";
    if (preferred != nullptr) message += " (house style: \"" + preferred->text + "\")";
    Diagnostic d = Make(context.document, wrong.front()->span, message);
    for (size_t i = 1; i < wrong.size(); ++i) {
      d.notes.push_back(Note{LocationOf(context.document, wrong[i]->span),
                             std::string(house_is_translation ? "transliterated" : "translated") + " again here"});
    }
    if (preferred != nullptr) d.suggestions.push_back(preferred->text);
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeTranslatedNameCheck() { return std::make_unique<TranslatedNameCheck>(); }

}  // namespace translint
