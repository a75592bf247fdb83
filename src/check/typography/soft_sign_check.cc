// typography/soft-sign: transliteration marks (ʹ ʺ) and stray apostrophes inside words.
#include <cctype>
#include <set>

#include "check/prose_text.h"
#include "check/typography/typography_checks.h"

namespace translint {

namespace {

// Words where an apostrophe between letters is right (Arabic ayn, Hawaiian, names).
const std::set<std::string> kAllowed = {"qur'an", "ba'ath", "shi'ite", "shi'ites", "sana'a", "ta'if", "ma'alot",
                                        "hawai'i", "o'ahu", "ka'aba", "mu'tazila", "ja'far", "da'esh", "jama'at",
                                        "ya'alon", "ne'er", "e'er", "o'er", "y'all", "ma'am", "fo'c'sle"};
// English contraction endings after an apostrophe.
const std::set<std::string> kEndings = {"s", "t", "re", "ve", "ll", "d", "m", "n", "em", "cause", "til", "clock"};

class SoftSignCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "typography/soft-sign", "A soft or hard sign mark (ʹ ʺ) or a stray apostrophe inside a transliterated word.",
        "Scholarly transliteration writes Russian ь and ъ as ʹ and ʺ (Pornofilʹmy); news style drops them. "
        "`fix` removes ʹ and ʺ. An apostrophe inside a word that is no English contraction or known word "
        "(Il'ya, Tat'yana) is reported as info with a suggestion.\n"
        "Before: the band Pornofilʹmy\n"
        "After:  the band Pornofilmy",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string_view text = context.document.text();
    for (const Span& line : ProseLines(context)) {
      ScanLine(text, line, IsLetter, [&](size_t begin, int32_t, size_t) { return CheckWord(context, line, begin, sink); });
    }
  }

 private:
  static bool IsMark(int32_t cp) { return cp == 0x02B9 || cp == 0x02BA; }
  static bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }

  // Checks the word starting at `begin`; returns its end.
  size_t CheckWord(const CheckContext& context, const Span& line, size_t begin, DiagnosticSink* sink) const {
    const std::string_view text = context.document.text();
    std::vector<std::pair<size_t, size_t>> marks, apostrophes;  // (offset, length) inside the word
    size_t i = begin;
    while (i < line.end) {
      size_t length;
      const int32_t cp = CodePointAt(text, i, &length);
      size_t next_length;
      const int32_t next = CodePointAt(text, i + length, &next_length);
      if (IsLetter(cp) && !IsMark(cp)) {  // ʹ and ʺ are modifier letters to ICU
        i += length;
      } else if ((IsMark(cp) || IsApostrophe(cp)) && i + length < line.end && IsLetter(next)) {
        (IsMark(cp) ? marks : apostrophes).emplace_back(i, length);
        i += length;
      } else if (IsMark(cp)) {  // a final ʹ: "Tverʹ"
        marks.emplace_back(i, length);
        i += length;
        break;
      } else {
        break;
      }
    }
    const std::string word(text.substr(begin, i - begin));
    for (const auto& [at, len] : marks) {
      Diagnostic d = Make(context.document, Span{begin, i},
                          "transliteration mark \"" + std::string(text.substr(at, len)) + "\" in \"" + word +
                              "\": news style drops ʹ and ʺ");
      for (const auto& [at2, len2] : marks) d.fix.push_back(Edit{Span{at2, at2 + len2}, ""});
      sink->Report(std::move(d));
      break;
    }
    if (marks.empty() && apostrophes.size() == 1) ReportApostrophe(context, begin, i, apostrophes[0], sink);
    return i;
  }

  void ReportApostrophe(const CheckContext& context, size_t begin, size_t end, std::pair<size_t, size_t> at,
                        DiagnosticSink* sink) const {
    const std::string_view text = context.document.text();
    std::string lower(text.substr(begin, end - begin));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::string left(text.substr(begin, at.first - begin));
    const std::string right(text.substr(at.first + at.second, end - at.first - at.second));
    std::string right_lower = right;
    for (char& c : right_lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // One letter before the apostrophe is a name prefix: O'Brien, D'Amato, L'Oréal.
    if (left.size() < 2 || right.size() < 2 || kEndings.count(right_lower) || kAllowed.count(lower)) return;
    const std::string word(text.substr(begin, end - begin));
    Diagnostic d = Make(context.document, Span{begin, end},
                        "apostrophe inside \"" + word + "\" looks like a transliterated soft sign: write \"" + left +
                            right + "\" unless the apostrophe belongs there");
    d.severity = Severity::kInfo;
    d.suggestions.push_back(left + right);
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeSoftSignCheck() { return std::make_unique<SoftSignCheck>(); }

}  // namespace translint
