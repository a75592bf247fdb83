// Helpers shared by checks that read prose character by character: lines of a
// segment, code points, and character classes. Pure functions over views of the
// Document's bytes; offsets are Document byte offsets.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "check/check.h"
#include "text/span.h"

namespace translint {

// The lines of the prose (without their line breaks), each a Span of the
// Document; a line cut by skipped markup yields several spans.
std::vector<Span> ProseLines(const CheckContext& context);

// Paragraphs: runs of prose lines without a blank line between them; a line that
// ends a sentence followed by one that starts a sentence also starts a new one
// (scraped text puts one paragraph on each line).
std::vector<std::vector<Span>> ProseParagraphs(const CheckContext& context);

// The code point at `offset` of `text` (-1 for invalid bytes), and its length
// (0 at the end of the text).
inline int32_t CodePointAt(std::string_view text, size_t offset, size_t* length) {
  if (offset >= text.size()) {
    *length = 0;
    return -1;
  }
  return DecodeUtf8(text, offset, length);
}
// The code point that ends just before `offset`, and its start.
int32_t CodePointBefore(std::string_view text, size_t offset, size_t* start);

// Walks the code points of `line`: at each one for which `starts(cp)` holds it
// calls `at(offset, cp, length)`, which returns the offset to go on from
// (after the run it handled).
template <typename Starts, typename At>
void ScanLine(std::string_view text, Span line, Starts starts, At at) {
  size_t i = line.begin;
  while (i < line.end) {
    size_t length;
    const int32_t cp = CodePointAt(text, i, &length);
    if (length == 0) break;
    i = starts(cp) ? std::max(at(i, cp, length), i + length) : i + length;
  }
}

// `replacement` written the way `matched` is: ALL CAPS stays all caps, a capital
// first letter stays capital ("Recall that" -> "As", "KIEV" -> "KYIV").
std::string MatchCase(std::string_view matched, const std::string& replacement);

// `text` on one line: runs of white space become one space, ends trimmed.
std::string CollapseWhitespace(std::string_view text);

inline bool IsLetter(int32_t cp) { return IsAlphabetic(cp); }

}  // namespace translint
