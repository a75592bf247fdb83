// SegmentView and ProseViews: the per-segment work that every matcher and word
// check of a document needs, done once and shared.
//
// A SegmentView is one prose segment as the matchers read it: its span in the
// Document, its folded view (NormalizedText) and its words (Tokenizer).
// ProseViews holds the views of all the prose segments of one document, built
// once, when the prose is at most kSharedProseBytes (a view holds about five
// bytes per byte of text); for a larger document each ForEach() builds the
// views again one at a time, so memory stays bounded by the largest segment.
// Immutable after construction; ForEach() may run on many threads. The document
// text and the spans must outlive the object.
#pragma once

#include <string_view>
#include <vector>

#include "text/normalized_text.h"
#include "text/span.h"
#include "text/tokenizer.h"

namespace translint {

struct SegmentView {
  SegmentView(std::string_view document_text, Span segment)
      : span(segment),
        folded(document_text.substr(segment.begin, segment.size()), segment.begin),
        tokens(Tokenize(folded.folded())) {}

  Span span;
  NormalizedText folded;
  std::vector<Token> tokens;
};

inline constexpr size_t kSharedProseBytes = size_t{8} << 20;

class ProseViews {
 public:
  ProseViews(std::string_view document_text, const std::vector<Span>& prose);

  const std::vector<Span>& spans() const { return prose_; }

  // Calls fn(index, view) for every prose segment, in order.
  template <typename Fn>
  void ForEach(Fn fn) const {
    if (shared_.size() == prose_.size()) {
      for (size_t i = 0; i < shared_.size(); ++i) fn(i, shared_[i]);
      return;
    }
    for (size_t i = 0; i < prose_.size(); ++i) fn(i, SegmentView(text_, prose_[i]));
  }

 private:
  std::string_view text_;
  const std::vector<Span>& prose_;
  std::vector<SegmentView> shared_;  // empty for prose over kSharedProseBytes
};

}  // namespace translint
