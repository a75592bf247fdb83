// Double quotation marks in prose: where they are and of which style. Shared by
// the quote checks of the typography group. Pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"

namespace translint {

enum class QuoteStyle { kStraight, kCurly, kGuillemet, kLow };
enum class QuoteRole { kEither, kOpen, kClose };  // a straight quote is either

struct Quote {
  size_t offset;  // Document byte offset
  size_t length;  // bytes
  QuoteStyle style;
  QuoteRole role;
};

// The double quotes of one line (a Span of the Document), in order. A U+201C
// after an open „ is its closing mark (German „…“), else a curly opening one.
std::vector<Quote> QuotesIn(std::string_view text, Span line);

// Pairs of indices into `quotes` (open, close): straight quotes pair in order;
// curly and guillemet quotes by role. Returns false when the line's quotes do not
// pair up cleanly (then `pairs` holds what did).
bool PairQuotes(const std::vector<Quote>& quotes, std::vector<std::pair<size_t, size_t>>* pairs);

const char* QuoteStyleName(QuoteStyle style);
// The opening and closing marks of a style ("“", "”").
std::pair<std::string, std::string> QuoteMarks(QuoteStyle style);

}  // namespace translint
