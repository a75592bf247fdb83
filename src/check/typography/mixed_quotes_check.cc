// typography/mixed-quotes: one document, several styles of quotation marks.
#include <algorithm>
#include <map>

#include "check/prose_text.h"
#include "check/typography/quotes.h"
#include "check/typography/typography_checks.h"

namespace translint {

namespace {

constexpr size_t kMaxNotes = 10;

class MixedQuotesCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "typography/mixed-quotes", "A document mixes quotation-mark styles, or keeps «guillemets» in English.",
        "Translation assembled from several sources mixes “curly” and \"straight\" quotes, and Russian "
        "«guillemets» survive into English. Reported once per document at the first mark of the minority style "
        "(guillemets in English always count as the minority), with notes at the others. `fix` rewrites the "
        "minority marks in the majority style when every one of them pairs up on its line.\n"
        "Before: He called it «a provocation» and a \"lie\", and a “mistake”, and a “farce”.\n"
        "After:  He called it “a provocation” and a “lie”, and a “mistake”, and a “farce”.",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string_view text = context.document.text();
    const bool english = context.document.language() == "en";
    std::vector<std::vector<Quote>> lines;
    std::map<QuoteStyle, size_t> counts;
    for (const Span& line : ProseLines(context)) {
      std::vector<Quote> quotes = QuotesIn(text, line);
      for (const Quote& q : quotes) ++counts[q.style];
      if (!quotes.empty()) lines.push_back(std::move(quotes));
    }
    // The house style: the most used of straight and curly (English keeps no other).
    QuoteStyle majority = QuoteStyle::kCurly;
    size_t best = 0;
    for (const auto& [style, n] : counts) {
      const bool native = !english || style == QuoteStyle::kStraight || style == QuoteStyle::kCurly;
      if (native && n > best) {
        best = n;
        majority = style;
      }
    }
    if (best == 0 && english) majority = QuoteStyle::kCurly;
    std::vector<const Quote*> minority;
    for (const auto& quotes : lines) {
      for (const Quote& q : quotes) {
        if (q.style != majority) minority.push_back(&q);
      }
    }
    if (minority.empty()) return;
    Diagnostic d = Make(context.document, Span{minority[0]->offset, minority[0]->offset + minority[0]->length},
                        Message(counts, majority, english));
    for (size_t i = 1; i < minority.size() && i <= kMaxNotes; ++i) {
      d.notes.push_back(Note{LocationOf(context.document, Span{minority[i]->offset, minority[i]->offset + minority[i]->length}),
                             std::string(QuoteStyleName(minority[i]->style)) + " quote here"});
    }
    d.fix = Rewrite(lines, majority);
    sink->Report(std::move(d));
  }

 private:
  static std::string Message(const std::map<QuoteStyle, size_t>& counts, QuoteStyle majority, bool english) {
    std::string list;
    for (const auto& [style, n] : counts) {
      if (!list.empty()) list += ", ";
      list += std::to_string(n) + " " + QuoteStyleName(style);
    }
    const auto marks = QuoteMarks(majority);
    std::string message = "quotation marks of more than one style (" + list + "): use " + marks.first + "…" +
                          marks.second + " throughout";
    if (english && counts.count(QuoteStyle::kGuillemet)) message = "«guillemets» are not English; " + message;
    if (english && counts.count(QuoteStyle::kLow)) message = "„low” quotes are not English; " + message;
    return message;
  }

  // Edits turning every minority quote into the majority style; empty when
  // some line's quotes do not pair up (the fix would be a guess).
  static std::vector<Edit> Rewrite(const std::vector<std::vector<Quote>>& lines, QuoteStyle majority) {
    const auto marks = QuoteMarks(majority);
    std::vector<Edit> edits;
    for (const auto& quotes : lines) {
      std::vector<std::pair<size_t, size_t>> pairs;
      const bool any_minority = std::any_of(quotes.begin(), quotes.end(), [&](const Quote& q) { return q.style != majority; });
      if (!any_minority) continue;
      if (!PairQuotes(quotes, &pairs)) return {};
      for (const auto& [o, c] : pairs) {
        if (quotes[o].style == majority && quotes[c].style == majority) continue;
        edits.push_back(Edit{Span{quotes[o].offset, quotes[o].offset + quotes[o].length}, marks.first});
        edits.push_back(Edit{Span{quotes[c].offset, quotes[c].offset + quotes[c].length}, marks.second});
      }
    }
    return edits;
  }
};

}  // namespace

std::unique_ptr<Check> MakeMixedQuotesCheck() { return std::make_unique<MixedQuotesCheck>(); }

}  // namespace translint
