// typography/unbalanced: a bracket or quotation mark without its partner.
#include <algorithm>
#include <cctype>

#include "check/prose_text.h"
#include "check/typography/quotes.h"
#include "check/typography/typography_checks.h"

namespace translint {

namespace {

class UnbalancedCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "typography/unbalanced", "A bracket or quotation mark without its partner in the paragraph.",
        "Brackets ( ) [ ] and double quotes must pair up within a paragraph. List markers (\"1)\", \"a)\") and "
        "smileys are not brackets, and a quotation that runs over several paragraphs (each opening with a quote "
        "mark, closed only at the end) is allowed. An unpaired bracket is a warning; an unpaired quote is info, "
        "because house styles differ on quotes that run over paragraphs. Nothing is fixed: only a person knows "
        "where the partner belongs.\n"
        "Before: The ministry (citing its press service said the talks ended.\n"
        "After:  The ministry (citing its press service) said the talks ended.",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string_view text = context.document.text();
    const std::vector<std::vector<Span>> paragraphs = ProseParagraphs(context);
    for (size_t p = 0; p < paragraphs.size(); ++p) {
      CheckBrackets(context, paragraphs[p], sink);
      // A quotation running over paragraphs leaves one open, and the next
      // paragraph opens with a quote mark (continues it) or closes it.
      const bool continued = p + 1 < paragraphs.size() && OpensWithQuote(text, paragraphs[p + 1]);
      const bool continuation = p > 0 && OpensWithQuote(text, paragraphs[p]);
      if (!continued && !continuation) CheckQuotes(context, paragraphs[p], sink);
    }
  }

 private:
  static bool OpensWithQuote(std::string_view text, const std::vector<Span>& paragraph) {
    const std::vector<Quote> quotes = QuotesIn(text, paragraph.front());
    if (quotes.empty()) return false;
    size_t first = paragraph.front().begin;
    while (first < paragraph.front().end && (text[first] == ' ' || text[first] == '\t')) ++first;
    return quotes.front().offset == first;
  }

  // A ")" that ends a list marker ("1)", "a)", "iv)" after the line's start, a
  // space or a colon) or a smiley (":)", ":-)").
  static bool IsNotABracket(std::string_view text, const Span& line, size_t at) {
    const std::string_view before = text.substr(line.begin, at - line.begin);
    if (before.ends_with(":") || before.ends_with(";") || before.ends_with(":-") || before.ends_with(";-")) return true;
    size_t start = at;
    while (start > line.begin && std::isalnum(static_cast<unsigned char>(text[start - 1]))) --start;
    const bool marker_start = start == line.begin || text[start - 1] == ' ' || text[start - 1] == '\t';
    return marker_start && at > start && at - start <= 3;
  }

  void CheckBrackets(const CheckContext& context, const std::vector<Span>& paragraph, DiagnosticSink* sink) const {
    const std::string_view text = context.document.text();
    std::vector<size_t> open;
    for (const Span& line : paragraph) {
      for (size_t i = line.begin; i < line.end; ++i) {
        const char c = text[i];
        if ((c == '(' || c == '[') && !(c == '(' && i > line.begin && text[i - 1] == '-' && i >= line.begin + 2 &&
                                        text[i - 2] == ':')) {
          open.push_back(i);
        } else if (c == ')' || c == ']') {
          const char partner = c == ')' ? '(' : '[';
          if (!open.empty() && text[open.back()] == partner) {
            open.pop_back();
          } else if (!(c == ')' && IsNotABracket(text, line, i))) {
            sink->Report(Make(context.document, Span{i, i + 1},
                              std::string("\"") + c + "\" closes nothing: add the opening \"" + partner +
                                  "\" or remove it"));
            return;
          }
        }
      }
    }
    if (!open.empty()) {
      const char c = text[open.back()];
      sink->Report(Make(context.document, Span{open.back(), open.back() + 1},
                        std::string("\"") + c + "\" is never closed in this paragraph: add the closing \"" +
                            (c == '(' ? ")" : "]") + "\""));
    }
  }

  void CheckQuotes(const CheckContext& context, const std::vector<Span>& paragraph, DiagnosticSink* sink) const {
    const std::string_view text = context.document.text();
    std::vector<Quote> quotes;
    for (const Span& line : paragraph) {
      std::vector<Quote> q = QuotesIn(text, line);
      quotes.insert(quotes.end(), q.begin(), q.end());
    }
    std::vector<std::pair<size_t, size_t>> pairs;
    if (quotes.empty() || PairQuotes(quotes, &pairs)) return;
    std::vector<bool> paired(quotes.size());
    for (const auto& [o, c] : pairs) paired[o] = paired[c] = true;
    for (size_t i = 0; i < quotes.size(); ++i) {
      if (paired[i]) continue;
      Diagnostic d = Make(context.document, Span{quotes[i].offset, quotes[i].offset + quotes[i].length},
                          "quotation mark without a partner in this paragraph: close the quote or remove the mark");
      // Quotes continue across paragraphs in several house styles: advice only.
      d.severity = Severity::kInfo;
      sink->Report(std::move(d));
      return;
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeUnbalancedCheck() { return std::make_unique<UnbalancedCheck>(); }

}  // namespace translint
