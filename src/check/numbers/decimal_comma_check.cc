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

// A currency sign just before the number ("£1,500 million", "$ 2,300 million").
bool AfterCurrency(std::string_view text, size_t begin) {
  while (begin > 0 && text[begin - 1] == ' ') --begin;
  for (std::string_view sign : {"$", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5"}) {  // $ £ € ¥
    if (begin >= sign.size() && text.substr(begin - sign.size(), sign.size()) == sign) return true;
  }
  return false;
}

class DecimalCommaCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "numbers/decimal-comma", "A decimal comma carried over from Russian: \"1,5 percent\", \"8,702 million\".",
        "Russian writes decimals with a comma. \"1,5 percent\" can only mean 1.5 percent, so `fix` writes a "
        "period. \"8,702 million\" is 8.702 million read as a thousands separator, a 1000x error in English "
        "news (which would write 8.7 billion): a warning, fixed when the reading is certain. British style also "
        "writes round sums so (\"£1,500 million\"), so a group ending in 0 or a currency sign before the number "
        "gets a suggestion only: check the source. English text only: German, French and Russian write decimals "
        "with a comma.\n"
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
        // "£1,500 million" is British style for a round sum: only a suggestion.
        const bool certain = hit.groups[2].back() != '0' && !AfterCurrency(text, hit.span.begin);
        Diagnostic d = Make(context.document, hit.span,
                            "\"" + hit.groups[0] + "\" before a magnitude word is the decimal " + decimal +
                                " written with a Russian decimal comma, a 1000x error" +
                                (certain ? "" : " unless it is a round British-style sum: check the source"));
        if (certain) d.fix.push_back(Edit{hit.span, decimal});
        d.suggestions.push_back(decimal);
        sink->Report(std::move(d));
      });
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeDecimalCommaCheck() { return std::make_unique<DecimalCommaCheck>(); }

}  // namespace translint
