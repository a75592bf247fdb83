// typography/padded-quotes: spaces just inside quotation marks, `" Kloop "`.
#include "check/prose_text.h"
#include "check/typography/quotes.h"
#include "check/typography/typography_checks.h"

namespace translint {

namespace {

constexpr size_t kMaxInner = 60;  // bytes between the marks

class PaddedQuotesCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "typography/padded-quotes", "Spaces just inside quotation marks.",
        "Machine translation often pads quoted names with spaces. `fix` removes the padding. Judged on quoted "
        "names and short phrases (up to 60 characters) whose marks face the wrong way or stand alone; French "
        "guillemets keep their spaces in French text, as French typography wants.\n"
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
      for (size_t k = 0; k + 1 < quotes.size(); ++k) {
        const Quote& open = quotes[k];
        const Quote& close = quotes[k + 1];
        if (french && open.style == QuoteStyle::kGuillemet) continue;
        if (!Padded(text, line, open, close)) continue;
        Report(context, open, close, sink);
        ++k;
      }
    }
  }

 private:
  static bool IsSpace(char c) { return c == ' ' || c == '\t'; }

  // What a straight quote's neighbours make of it: an opener ( "Kloop), a closer
  // (Kloop" ), or free-standing with space on both sides ( " ).
  enum class Side { kOpener, kCloser, kFree, kOther };
  static Side SideOf(std::string_view text, const Span& line, const Quote& q) {
    const bool space_before = q.offset == line.begin || IsSpace(text[q.offset - 1]) ||
                              std::string_view("([").find(text[q.offset - 1]) != std::string_view::npos;
    const size_t after = q.offset + q.length;
    const bool space_after = after >= line.end || IsSpace(text[after]) ||
                             std::string_view(".,;:!?)]").find(text[after]) != std::string_view::npos;
    if (space_before && space_after) return Side::kFree;
    if (space_before) return Side::kOpener;
    if (space_after) return Side::kCloser;
    return Side::kOther;
  }

  // Two neighbouring quotes that enclose text with padding inside.
  static bool Padded(std::string_view text, const Span& line, const Quote& open, const Quote& close) {
    const size_t inner_begin = open.offset + open.length;
    if (close.offset <= inner_begin) return false;
    const std::string_view inner = text.substr(inner_begin, close.offset - inner_begin);
    // Padding is judged on quoted names and short phrases; across a long stretch
    // the two marks are more likely the ends of two different quotations.
    if (inner.size() > kMaxInner || inner.find_first_not_of(" \t") == std::string_view::npos) return false;
    const bool left = IsSpace(inner.front());
    const bool right = IsSpace(inner.back());
    if (open.style != QuoteStyle::kStraight || close.style != QuoteStyle::kStraight) {
      // Typographic quotes say which side they are on.
      return open.role == QuoteRole::kOpen && close.role == QuoteRole::kClose && open.style == close.style &&
             (left || right);
    }
    const Side a = SideOf(text, line, open);
    const Side b = SideOf(text, line, close);
    return (a == Side::kFree && b == Side::kFree) || (a == Side::kFree && b == Side::kCloser && left) ||
           (a == Side::kOpener && b == Side::kFree && right);
  }

  void Report(const CheckContext& context, const Quote& open, const Quote& close, DiagnosticSink* sink) const {
    const std::string_view text = context.document.text();
    const size_t inner_begin = open.offset + open.length;
    const size_t inner_end = close.offset;
    size_t b = inner_begin;
    while (b < inner_end && IsSpace(text[b])) ++b;
    size_t e = inner_end;
    while (e > b && IsSpace(text[e - 1])) --e;
    Diagnostic d = Make(context.document, Span{open.offset, close.offset + close.length},
                        "space inside quotation marks: write " + std::string(text.substr(open.offset, open.length)) +
                            std::string(text.substr(b, e - b)) + std::string(text.substr(close.offset, close.length)));
    if (b > inner_begin) d.fix.push_back(Edit{Span{inner_begin, b}, ""});
    if (e < inner_end) d.fix.push_back(Edit{Span{e, inner_end}, ""});
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakePaddedQuotesCheck() { return std::make_unique<PaddedQuotesCheck>(); }

}  // namespace translint
