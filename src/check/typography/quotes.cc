#include "check/typography/quotes.h"

#include "check/prose_text.h"

namespace translint {

std::vector<Quote> QuotesIn(std::string_view text, Span line) {
  std::vector<Quote> quotes;
  bool low_open = false;  // German „…“ closes with U+201C, the English opening mark
  size_t i = line.begin;
  while (i < line.end) {
    // Every quote mark starts with '"', 0xC2 (« ») or 0xE2 (“ ” „): other
    // bytes, most of them, are skipped without decoding.
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte != '"' && byte != 0xC2 && byte != 0xE2) {
      ++i;
      continue;
    }
    size_t length;
    const int32_t cp = CodePointAt(text, i, &length);
    switch (cp) {
      case '"': quotes.push_back({i, length, QuoteStyle::kStraight, QuoteRole::kEither}); break;
      case 0x201C:
        quotes.push_back({i, length, low_open ? QuoteStyle::kLow : QuoteStyle::kCurly,
                          low_open ? QuoteRole::kClose : QuoteRole::kOpen});
        low_open = false;
        break;
      case 0x201D: quotes.push_back({i, length, QuoteStyle::kCurly, QuoteRole::kClose}); break;
      case 0x00AB: quotes.push_back({i, length, QuoteStyle::kGuillemet, QuoteRole::kOpen}); break;
      case 0x00BB: quotes.push_back({i, length, QuoteStyle::kGuillemet, QuoteRole::kClose}); break;
      case 0x201E:
        quotes.push_back({i, length, QuoteStyle::kLow, QuoteRole::kOpen});
        low_open = true;
        break;
      default: break;
    }
    i += length == 0 ? 1 : length;
  }
  return quotes;
}

bool PairQuotes(const std::vector<Quote>& quotes, std::vector<std::pair<size_t, size_t>>* pairs) {
  std::vector<size_t> open;  // stack of opening quotes
  bool clean = true;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const Quote& q = quotes[i];
    const bool straight_closes = q.style == QuoteStyle::kStraight && !open.empty() &&
                                 quotes[open.back()].style == QuoteStyle::kStraight;
    if (straight_closes || q.role == QuoteRole::kClose) {
      if (open.empty() || (q.role == QuoteRole::kClose && quotes[open.back()].style != q.style)) {
        clean = false;
        continue;
      }
      pairs->emplace_back(open.back(), i);
      open.pop_back();
    } else {
      open.push_back(i);
    }
  }
  return clean && open.empty();
}

const char* QuoteStyleName(QuoteStyle style) {
  switch (style) {
    case QuoteStyle::kStraight: return "straight";
    case QuoteStyle::kCurly: return "curly";
    case QuoteStyle::kGuillemet: return "guillemet";
    case QuoteStyle::kLow: return "low-high";
  }
  return "";
}

std::pair<std::string, std::string> QuoteMarks(QuoteStyle style) {
  switch (style) {
    case QuoteStyle::kStraight: return {"\"", "\""};
    case QuoteStyle::kCurly: return {"\u201C", "\u201D"};
    case QuoteStyle::kGuillemet: return {"\u00AB", "\u00BB"};
    case QuoteStyle::kLow: return {"\u201E", "\u201C"};
  }
  return {"\"", "\""};
}

}  // namespace translint
