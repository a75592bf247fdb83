// names/unlisted-spelling: a listed person written in a spelling that no table
// and no scheme lists, but that the name key reads as theirs.
#include "check/names/name_checks.h"
#include "check/names/name_usage.h"

namespace translint {

namespace {

class UnlistedSpellingCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "names/unlisted-spelling",
        "A listed person in a spelling no table or scheme lists, which reads as the listed name.",
        "A given name and surname that no rule table lists and no romanization scheme produces, but that the "
        "name key reads as one of a listed person's full spellings: a hybrid of two romanizations, Kazakh or "
        "Uzbek Latin letters inside an English romanization (Qasym-Jomart Tokayev), a one-letter slip in a "
        "long name. Both the given name and the surname must read as the listed ones, with the key's guards "
        "(gender forms, patronymics, different given names), and only one entity may match. The house spelling "
        "is suggested, never applied: a near spelling may still be another person. Such mentions also count "
        "for names/inconsistent-across.\n"
        "Before: Qasym-Jomart Tokayev met the delegation.\n"
        "After:  Kassym-Jomart Tokayev met the delegation.",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    if (context.near_mentions == nullptr) return;
    for (const NearMention& m : *context.near_mentions) {
      const Entity& entity = context.names.table().entities()[m.entity];
      const std::string_view surface = context.document.text().substr(m.span.begin, m.span.size());
      std::string house = PreferredSpelling(entity, context.document.language(), false);
      if (house.empty()) house = context.names.form(m.form).text;
      Diagnostic d = Make(context.document, m.span,
                          Quoted(surface) + " reads as " + EntityLabel(entity) +
                              ", but no table lists this spelling; write " + Quoted(house) + SourceSuffix(entity, context.document.language()) +
                              ", or list the spelling if it is another person");
      d.suggestions.push_back(AdaptToSurface(surface, house));
      d.entity = entity.id;
      sink->Report(std::move(d));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeUnlistedSpellingCheck() { return std::make_unique<UnlistedSpellingCheck>(); }

}  // namespace translint
