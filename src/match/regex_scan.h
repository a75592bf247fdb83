// ScanRegex: runs one ICU regular expression over a span of a Document and
// reports each match with its groups in Document byte offsets.
//
// A long span is searched in windows of kRegexWindow UTF-16 units that overlap
// by kRegexOverlap (with transparent bounds, so anchors and look-arounds see the
// text around a window): each search runs under a time limit (kRegexTimeLimit
// steps of ICU's engine, on the order of tens of milliseconds), which so bounds
// the work per window, not per paragraph. A match is reported once, by the window
// it starts in; one longer than the overlap may be cut at a window's end.
// ScanRegex returns U_ZERO_ERROR, or the ICU error that stopped it
// (U_REGEX_TIME_OUT, U_REGEX_STACK_OVERFLOW, ...) after the matches before it.
// RegexPattern is immutable and may be shared by threads; ScanRegex creates
// its own matcher.
#pragma once

#include <unicode/regex.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace translint {

struct RegexHit {
  Span span;
  std::vector<std::string> groups;  // [0] the match, then the groups (empty when a group did not take part)
  std::vector<Span> group_spans;    // empty spans for groups that did not take part
};

inline constexpr int32_t kRegexTimeLimit = 50;
inline constexpr int32_t kRegexWindow = 1 << 16;
inline constexpr int32_t kRegexOverlap = 1 << 12;

UErrorCode ScanRegex(const icu::RegexPattern& pattern, std::string_view document_text, Span span,
               const std::function<void(const RegexHit&)>& on_hit);

// Compiles a pattern known to be valid (built-in checks); aborts on a typo in it,
// which the tests catch.
std::unique_ptr<icu::RegexPattern> CompileBuiltinRegex(const char* pattern);

}  // namespace translint
