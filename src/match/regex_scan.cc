#include "match/regex_scan.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "base/utf8.h"

namespace translint {

namespace {

// UTF-16 offset -> Document byte offset, for `text` starting at byte `base`.
std::vector<uint32_t> Utf16ToByteOffsets(std::string_view text, size_t base) {
  std::vector<uint32_t> map;
  map.reserve(text.size() + 1);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t length;
    const int32_t cp = DecodeUtf8(text, pos, &length);
    map.push_back(static_cast<uint32_t>(base + pos));
    if (cp >= 0x10000) map.push_back(static_cast<uint32_t>(base + pos));
    pos += length;
  }
  map.push_back(static_cast<uint32_t>(base + text.size()));
  return map;
}

}  // namespace

UErrorCode ScanRegex(const icu::RegexPattern& pattern, std::string_view document_text, Span span,
                     const std::function<void(const RegexHit&)>& on_hit) {
  const std::string_view text = document_text.substr(span.begin, span.size());
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(pattern.matcher(input, status));
  if (U_FAILURE(status)) return status;
  matcher->setTimeLimit(kRegexTimeLimit, status);
  matcher->useTransparentBounds(true);
  matcher->useAnchoringBounds(false);
  std::vector<uint32_t> offsets;
  const int32_t length = input.length();
  int32_t reported_until = 0;  // a match that ran into this window was reported by the one before
  for (int32_t begin = 0;; begin += kRegexWindow - kRegexOverlap) {
    const int32_t end = std::min(length, begin + kRegexWindow);
    const int32_t next = end == length ? length + 1 : begin + kRegexWindow - kRegexOverlap;
    matcher->region(begin, end, status);
    while (U_SUCCESS(status) && matcher->find(status) && U_SUCCESS(status)) {
      const int32_t start = matcher->start(status);
      if (start >= next) break;  // the next window reports it, whole
      if (start < reported_until) continue;
      reported_until = matcher->end(status);
      if (offsets.empty()) offsets = Utf16ToByteOffsets(text, span.begin);
      RegexHit hit;
      for (int32_t g = 0; g <= matcher->groupCount(); ++g) {
        const int32_t b = matcher->start(g, status);
        const int32_t e = matcher->end(g, status);
        std::string group;
        if (b >= 0) matcher->group(g, status).toUTF8String(group);
        hit.groups.push_back(std::move(group));
        hit.group_spans.push_back(b >= 0 ? Span{offsets[b], offsets[e]} : Span{});
      }
      hit.span = hit.group_spans[0];
      if (!hit.span.empty()) on_hit(hit);
    }
    if (U_FAILURE(status) || end == length) return U_FAILURE(status) ? status : U_ZERO_ERROR;
  }
}

std::unique_ptr<icu::RegexPattern> CompileBuiltinRegex(const char* pattern) {
  UParseError where;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, where, status));
  if (U_FAILURE(status)) {
    std::cerr << "translint: internal error: built-in regex does not compile: " << pattern << "\n";
    std::abort();
  }
  return compiled;
}

}  // namespace translint
