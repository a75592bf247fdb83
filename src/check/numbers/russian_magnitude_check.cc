// numbers/russian-magnitude: "10 thousand 406" -> "10,406".
#include <cctype>

#include "check/numbers/number_checks.h"
#include "match/regex_scan.h"

namespace translint {

namespace {

uint64_t Magnitude(const std::string& word) {
  if (word == "thousand") return 1000;
  if (word == "million") return 1000000;
  return 1000000000;  // billion
}

std::string WithCommas(uint64_t value) {
  std::string digits = std::to_string(value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
  return digits;
}

class RussianMagnitudeCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "numbers/russian-magnitude", "A number split by a magnitude word, as Russian writes it: \"10 thousand 406\".",
        "Russian writes 10 406 as \"10 тыс. 406\"; translated word for word it becomes \"10 thousand 406\", which "
        "English readers cannot parse. `fix` writes the number in full with thousands separators. The parts must "
        "descend (billion, million, thousand) and each be under 1,000.\n"
        "Before: 10 thousand 406 people signed the petition\n"
        "After:  10,406 people signed the petition",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    static const auto kPattern = CompileBuiltinRegex(
        "\\d{1,3}(?: (?:billion|million|thousand) \\d{1,3}\\b(?![.,]\\d))+(?: (?:billion|million|thousand)\\b)?");
    const std::string_view text = context.document.text();
    if (text.find(" thousand ") == std::string_view::npos && text.find(" million ") == std::string_view::npos &&
        text.find(" billion ") == std::string_view::npos) {
      return;
    }
    for (const Span& segment : context.prose) {
      ScanRegex(*kPattern, text, segment, [&](const RegexHit& hit) {
        const size_t b = hit.span.begin;
        if (b > 0 && (std::isalnum(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == ',' || text[b - 1] == '.')) return;
        Report(context, hit, sink);
      });
    }
  }

 private:
  void Report(const CheckContext& context, const RegexHit& hit, DiagnosticSink* sink) const {
    // Parse "N1 word1 N2 word2 N3 ..." and check the magnitudes descend.
    std::vector<std::string> parts;
    std::string part;
    for (char c : hit.groups[0]) {
      if (c == ' ') {
        parts.push_back(part);
        part.clear();
      } else {
        part.push_back(c);
      }
    }
    parts.push_back(part);
    uint64_t total = 0;
    uint64_t previous = UINT64_MAX;
    for (size_t i = 0; i < parts.size(); i += 2) {
      const uint64_t number = std::stoull(parts[i]);
      const uint64_t magnitude = i + 1 < parts.size() ? Magnitude(parts[i + 1]) : 1;
      if (magnitude >= previous) return;
      previous = magnitude;
      total += number * magnitude;
    }
    const std::string value = WithCommas(total);
    Diagnostic d = Make(context.document, hit.span,
                        "\"" + hit.groups[0] + "\" is a Russian way of writing a number: write " + value);
    d.fix.push_back(Edit{hit.span, value});
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeRussianMagnitudeCheck() { return std::make_unique<RussianMagnitudeCheck>(); }

}  // namespace translint
