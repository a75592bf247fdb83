// numbers/decimal-comma: "8,702 million" (meant 8.702 million), "1,5 percent".
#include <cctype>

#include "check/numbers/number_checks.h"
#include "match/regex_scan.h"

namespace translint {

namespace {

// A match that starts after a digit, comma or period is the tail of a longer
// number ("1,234,56"), not a number of its own.
bool InsideNumber(std::string_view text, size_t begin) {
  return begin > 0 && (std::isdigit(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == ',' ||
                       text[begin - 1] == '.');
}

class DecimalCommaCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "numbers/decimal-comma", "A decimal comma carried over from Russian: \"1,5 percent\", \"8,702 million\".",
        "Russian writes decimals with a comma. \"1,5 percent\" can only mean 1.5 percent, so `fix` writes a "
        "period. \"8,702 million\" is often 8.702 million read as a thousands separator, a 1000x error; it is "
        "info with a suggestion, not a fix, because British style also writes \"£1,500 million\": check the source. "
        "English text only: German, French and Russian write decimals with a comma.\n"
        "Before: inflation reached 1,5 percent; the budget is 8,702 million soms\n"
        "After:  inflation reached 1.5 percent; the budget is 8.702 million soms",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    static const auto kShort = CompileBuiltinRegex(
        "(\\d+),(\\d{1,2})(?=\\s?(?:%|percent\\b|per cent\\b|times\\b|million\\b|billion\\b|trillion\\b|"
        "thousand\\b|degrees\\b|kg\\b|km\\b|hectares\\b|tons\\b|tonnes\\b|points?\\b|liters\\b|litres\\b|meters\\b|"
        "metres\\b))");
    static const auto kMagnitude =
        CompileBuiltinRegex("(\\d{1,3}),(\\d{3})(?=\\s(?:million|billion)\\b)");
    if (context.document.language() != "en") return;  // "22,5 %" is right in de, fr and ru
    const std::string_view text = context.document.text();
    for (const Span& segment : context.prose) {
      ScanRegex(*kShort, text, segment, [&](const RegexHit& hit) {
        if (InsideNumber(text, hit.span.begin)) return;
        const std::string fixed = hit.groups[1] + "." + hit.groups[2];
        Diagnostic d = Make(context.document, hit.span,
                            "\"" + hit.groups[0] + "\" uses a decimal comma: write " + fixed);
        d.fix.push_back(Edit{hit.span, fixed});
        d.suggestions.push_back(fixed);
        sink->Report(std::move(d));
      });
      ScanRegex(*kMagnitude, text, segment, [&](const RegexHit& hit) {
        if (InsideNumber(text, hit.span.begin)) return;
        const std::string decimal = hit.groups[1] + "." + hit.groups[2];
        Diagnostic d = Make(context.document, hit.span,
                            "\"" + hit.groups[0] + "\" before a magnitude word is most likely the decimal " + decimal +
                                " (Russian decimal comma), a 1000x difference: check the source");
        d.suggestions.push_back(decimal);
        d.severity = Severity::kInfo;  // "£1,500 million" is also written: the source decides
        sink->Report(std::move(d));
      });
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeDecimalCommaCheck() { return std::make_unique<DecimalCommaCheck>(); }

}  // namespace translint
