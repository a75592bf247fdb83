// source/empty-target: a source segment with no translation.
#include "check/source/source_checks.h"

namespace translint {

namespace {

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

class EmptyTargetCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "source/empty-target", "A source segment has no translation.",
        "A unit whose source has text and whose translation is empty (an empty msgstr, an empty or missing XLIFF "
        "<target>) is reported at the place the translation goes. A template (.pot) is all empty and is not "
        "checked.\n"
        "Source: msgid \"Выборы в Жогорку Кенеш\"\n"
        "Before: msgstr \"\"\n"
        "After:  msgstr \"Elections to the Jogorku Kenesh\"",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    if (context.sources == nullptr || EndsWith(context.document.path(), ".pot")) return;
    const Document& document = context.document;
    for (const TranslationUnit& unit : document.units()) {
      if (!unit.target.empty() || unit.source.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      Diagnostic d;
      d.check = info().id;
      d.severity = info().default_severity;
      const size_t at = unit.target_file_offset - document.source_offset();
      d.location = LocationOfSourceBytes(document, Span{at, at});
      d.message = "no translation of " + QuotedSource(unit.source) + ": translate it";
      d.notes.push_back(SourceNote(document, unit, Span{}, "the source"));
      sink->Report(std::move(d));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeEmptyTargetCheck() { return std::make_unique<EmptyTargetCheck>(); }

}  // namespace translint
