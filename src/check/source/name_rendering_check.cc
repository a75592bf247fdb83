// source/name-rendering: the translation renders a name the source gives in a
// way the house style does not: respelled, or translated where the house style
// transliterates.
#include "check/names/name_usage.h"
#include "check/source/source_checks.h"

namespace translint {

namespace {

class NameRenderingCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "source/name-rendering", "A name of the source is respelled, or translated where the house style transliterates it.",
        "Where the source names a listed entity, its translation must use the house spelling. Two renderings that "
        "a monolingual check cannot be sure of are certain with the source beside them: a spelling no table lists "
        "that reads as the entity (\"Zhaparrov\"), and a translated name (\"Porn Movies\") where the house style "
        "transliterates (Pornofilmy). Both get the house spelling as a sure fix.\n"
        "Source: концерт группы «Порнофильмы»\n"
        "Before: a concert by Porn Movies\n"
        "After:  a concert by Pornofilmy",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    ForEachTranslated(context, [&](const TranslationUnit& unit, const SourceSide& source) {
      for (uint32_t entity : SourceEntities(source)) {
        Translated(context, unit, source, entity, sink);
        Respelled(context, unit, source, entity, sink);
      }
    });
  }

 private:
  // Mentions through a form tagged `translation` when the house form is not one.
  void Translated(const CheckContext& context, const TranslationUnit& unit, const SourceSide& source,
                  uint32_t entity, DiagnosticSink* sink) const {
    const Entity& e = context.names.table().entities()[entity];
    const Spelling* house = e.PreferredFor(context.document.language());
    if (house == nullptr || house->tag == SpellingTag::kTranslation) return;
    for (const Mention* m : MentionsIn(context, unit.target)) {
      if (m->entity != static_cast<int>(entity) || m->gloss) continue;
      const NameForm& form = FormOf(context, *m);
      if (form.tag != SpellingTag::kTranslation) continue;
      const std::string preferred = PreferredSpelling(e, context.document.language(), form.is_short);
      Report(context, unit, source, entity, m->span,
             Quoted(context, *m) + " translates the name " + EntityLabel(e) +
                 " that the house style transliterates: write " + Quoted(preferred) + SourceSuffix(e, context.document.language()),
             AdaptToSurface(SurfaceOf(context, *m), preferred), sink);
    }
  }

  // A spelling no table lists that reads as the entity (names/unlisted-spelling's
  // finding, certain here: the source names it).
  void Respelled(const CheckContext& context, const TranslationUnit& unit, const SourceSide& source,
                 uint32_t entity, DiagnosticSink* sink) const {
    if (context.near_mentions == nullptr) return;
    const Entity& e = context.names.table().entities()[entity];
    for (const NearMention& n : *context.near_mentions) {
      if (n.entity != entity || n.span.begin < unit.target.begin || n.span.end > unit.target.end) continue;
      const NameForm& form = context.names.form(n.form);
      const std::string preferred = PreferredSpelling(e, context.document.language(), form.is_short);
      if (preferred.empty()) continue;
      const std::string_view surface = context.document.text().substr(n.span.begin, n.span.size());
      Report(context, unit, source, entity, n.span,
             Quoted(surface) + " renders " + EntityLabel(e) + ", whom the source names, in a spelling no table lists: write " +
                 Quoted(preferred) + SourceSuffix(e, context.document.language()),
             AdaptToSurface(surface, preferred), sink);
    }
  }

  void Report(const CheckContext& context, const TranslationUnit& unit, const SourceSide& source, uint32_t entity,
              Span span, std::string message, std::string replacement, DiagnosticSink* sink) const {
    Diagnostic d = Make(context.document, span, std::move(message));
    d.entity = context.names.table().entities()[entity].id;
    d.fix.push_back(Edit{span, std::move(replacement)});
    for (const Mention& m : source.mentions) {
      if (m.entity != static_cast<int>(entity)) continue;
      const std::string written(source.text->text().substr(m.span.begin, m.span.size()));
      d.notes.push_back(SourceNote(context.document, unit, m.span, "the source's " + Quoted(written)));
      break;
    }
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeNameRenderingCheck() { return std::make_unique<NameRenderingCheck>(); }

}  // namespace translint
