// numbers/year-calque: "in 2024 year" (в 2024 году).
#include "check/numbers/number_checks.h"
#include "match/regex_scan.h"

namespace translint {

namespace {

class YearCalqueCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "numbers/year-calque", "A year followed by \"year\", as Russian writes it: \"in 2024 year\".",
        "Russian says \"в 2024 году\" (in 2024 year). `fix` drops the word \"year\". \"2024 year-end\", "
        "\"the 2023 year in review\" and \"a 2024 year-on-year rise\" are left alone.\n"
        "Before: the law adopted in 2024 year\n"
        "After:  the law adopted in 2024",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    static const auto kPattern = CompileBuiltinRegex(
        "(?<![\\w-])(?:(?i:in|of|since|by|until|till|from|for|to|during|throughout) )(1[89]\\d\\d|20\\d\\d)( year)\\b"
        "(?![-\\u2010\\u2011]| in review| ago| earlier| later| before| after| old)");
    for (const Span& segment : context.prose) {
      ScanRegex(*kPattern, context.document.text(), segment, [&](const RegexHit& hit) {
        Diagnostic d = Make(context.document, Span{hit.group_spans[1].begin, hit.group_spans[2].end},
                            "\"" + hit.groups[1] + " year\" calques \"" + hit.groups[1] + " году\": write \"" +
                                hit.groups[1] + "\"");
        d.fix.push_back(Edit{hit.group_spans[2], ""});
        sink->Report(std::move(d));
      });
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeYearCalqueCheck() { return std::make_unique<YearCalqueCheck>(); }

}  // namespace translint
