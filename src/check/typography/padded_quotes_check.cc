// typography/padded-quotes: spaces just inside quotation marks, `" Kloop "`.
#include "check/prose_text.h"
#include "check/typography/quotes.h"
#include "check/typography/typography_checks.h"

namespace translint {

namespace {

class PaddedQuotesCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "typography/padded-quotes", "Spaces just inside quotation marks.",
        "Machine translation often pads quoted names with spaces. `fix` removes the padding. Only quotes that "
        "pair up on their line are judged; French guillemets keep their spaces in French text, as French "
        "typography wants.\n"
        "Before: the news site \" Kloop \" reported\n"
        "After:  the news site \"Kloop\" reported",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string_view text = context.document.text();
    const bool french = context.document.language() == "fr";
    for (const Span& line : ProseLines(context)) {
      const std::vector<Quote> quotes = QuotesIn(text, line);
      std::vector<std::pair<size_t, size_t>> pairs;
      if (quotes.empty() || !PairQuotes(quotes, &pairs)) continue;
      for (const auto& [o, c] : pairs) {
        const Quote& open = quotes[o];
        const Quote& close = quotes[c];
        if (french && open.style == QuoteStyle::kGuillemet) continue;
        const size_t inner_begin = open.offset + open.length;
        const size_t inner_end = close.offset;
        size_t b = inner_begin;
        while (b < inner_end && IsSpace(text[b])) ++b;
        size_t e = inner_end;
        while (e > b && IsSpace(text[e - 1])) --e;
        if (b == e || (b == inner_begin && e == inner_end)) continue;
        Diagnostic d = Make(context.document, Span{open.offset, close.offset + close.length},
                            "space inside quotation marks: write " + std::string(text.substr(open.offset, open.length)) +
                                std::string(text.substr(b, e - b)) + std::string(text.substr(close.offset, close.length)));
        if (b > inner_begin) d.fix.push_back(Edit{Span{inner_begin, b}, ""});
        if (e < inner_end) d.fix.push_back(Edit{Span{e, inner_end}, ""});
        sink->Report(std::move(d));
      }
    }
  }

 private:
  static bool IsSpace(char c) { return c == ' ' || c == '\t'; }
};

}  // namespace

std::unique_ptr<Check> MakePaddedQuotesCheck() { return std::make_unique<PaddedQuotesCheck>(); }

}  // namespace translint
