// source/length-ratio: a translation far shorter or longer than its source.
#include "base/utf8.h"
#include "check/source/source_checks.h"

namespace translint {

namespace {

class LengthRatioCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "source/length-ratio", "A translation is less than a third or more than three times as long as its source.",
        "Counted in characters, for sources of 40 characters or more: a translation a third as long has usually "
        "lost a sentence, one three times as long has kept a neighbour's. Translations differ in length for good "
        "reasons too, so this is information only.\n"
        "Source: Президент подписал закон. Он вступит в силу 1 января.\n"
        "Before: The president signed.\n"
        "After:  The president signed the law. It takes effect on January 1.",
        Severity::kInfo, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const Document& document = context.document;
    ForEachTranslated(context, [&](const TranslationUnit& unit, const SourceSide&) {
      const size_t source = CountCodePoints(ToValidUtf8(unit.source));
      if (source < 40) return;
      const size_t target = CountCodePoints(ToValidUtf8(document.text().substr(unit.target.begin, unit.target.size())));
      if (target * 3 >= source && target <= source * 3) return;
      Diagnostic d = Make(document, unit.target,
                          "the translation has " + std::to_string(target) + " characters, its source " +
                              std::to_string(source) + ": check that nothing was lost or added");
      d.notes.push_back(SourceNote(document, unit, Span{}, "the source"));
      sink->Report(std::move(d));
    });
  }
};

}  // namespace

std::unique_ptr<Check> MakeLengthRatioCheck() { return std::make_unique<LengthRatioCheck>(); }

}  // namespace translint
