// numbers/year-calque: "in 2024 year" (в 2024 году).
#include <cctype>
#include <string>

#include "check/numbers/number_checks.h"
#include "match/regex_scan.h"

namespace translint {

namespace {

// True when the year follows "in ", "since ", ... (the Russian construction
// "в 2024 году"); "the 2023 year" or "a 2024 year" is left alone.
bool AfterPreposition(std::string_view text, size_t year) {
  static const char* kPrepositions[] = {"in", "of", "since", "by", "until", "till", "from", "for", "to", "during",
                                        "throughout"};
  if (year < 2 || text[year - 1] != ' ') return false;
  size_t begin = year - 1;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  std::string word(text.substr(begin, year - 1 - begin));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* p : kPrepositions) {
    if (word == p) return true;
  }
  return false;
}

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
        "(1[89]\\d\\d|20\\d\\d)( year)\\b(?![-\\u2010\\u2011]| in review| ago| earlier| later| before| after| old)");
    const std::string_view text = context.document.text();
    if (text.find(" year") == std::string_view::npos) return;
    for (const Span& segment : context.prose) {
      ScanRegex(*kPattern, text, segment, [&](const RegexHit& hit) {
        if (!AfterPreposition(text, hit.span.begin)) return;
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
