// NormalizedText: the folded view of one prose segment that matchers read.
//
// The view is the segment in NFC, with full Unicode case folding (ICU), typographic
// apostrophes (’ ‘ ʼ) unified to "'", hyphen look-alikes (U+2010, U+2011) to "-",
// no-break spaces to " ", and soft hyphens and zero-width characters removed.
// Every byte of the view maps back to the original byte offset of the character
// it came from, so a match [b, e) in the view is reported as OriginalSpan(b, e)
// in the Document's bytes. Building is linear in the segment's length; ASCII takes
// a fast path. The object owns its buffers and keeps no reference to the input.
// Not thread-safe for concurrent construction of the same object; immutable after.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace translint {

class NormalizedText {
 public:
  // `segment` is the original text of the segment, which starts at byte
  // `base_offset` of its Document.
  NormalizedText(std::string_view segment, size_t base_offset);

  const std::string& folded() const { return folded_; }
  // The original span for folded bytes [begin, end), both on character boundaries.
  Span OriginalSpan(size_t begin, size_t end) const;

 private:
  void Append(std::string_view piece, size_t original_offset);
  // Appends the run of ASCII bytes of `segment` from `pos` (lower-cased, each
  // its own origin); returns where the run ends.
  size_t AppendAscii(std::string_view segment, size_t pos, size_t base_offset);

  std::string folded_;
  std::vector<uint32_t> origin_;  // origin_[i] = original offset of folded_[i]
  size_t end_offset_;
};

// Folds a table spelling the same way (for building matchers and comparing).
std::string FoldForMatching(std::string_view text);

// `text` in lower case (ICU's full lower-casing; ASCII without ICU). Unlike
// FoldForMatching it keeps everything else as is.
std::string LowerCase(std::string_view text);

}  // namespace translint
