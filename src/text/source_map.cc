#include "text/source_map.h"

#include <algorithm>

namespace translint {

void SourceMap::Add(size_t source_begin, size_t source_length, size_t text_length, bool verbatim) {
  if (text_length == 0 && source_length == 0) return;
  Piece* last = pieces_.empty() ? nullptr : &pieces_.back();
  // Consecutive verbatim runs of adjacent bytes are one piece.
  if (verbatim && last != nullptr && last->verbatim && last->source_begin + last->source_length == source_begin) {
    last->text_length += text_length;
    last->source_length += source_length;
  } else {
    pieces_.push_back(Piece{text_size_, text_length, source_begin, source_length, verbatim});
  }
  text_size_ += text_length;
}

void SourceMap::Append(const SourceMap& other) {
  for (const Piece& p : other.pieces_) Add(p.source_begin, p.source_length, p.text_length, p.verbatim);
}

size_t SourceMap::PieceAt(size_t text_offset) const {
  const auto it = std::upper_bound(pieces_.begin(), pieces_.end(), text_offset,
                                   [](size_t at, const Piece& p) { return at < p.text_begin; });
  return it == pieces_.begin() ? 0 : static_cast<size_t>(it - pieces_.begin()) - 1;
}

size_t SourceMap::ToSource(size_t text_offset, bool is_end) const {
  if (pieces_.empty()) return text_offset;
  size_t i = PieceAt(text_offset);
  // The end of a span that stops exactly at a piece boundary belongs to the piece before.
  if (is_end && i > 0 && pieces_[i].text_begin == text_offset) --i;
  const Piece& p = pieces_[i];
  const size_t into = std::min(text_offset - std::min(text_offset, p.text_begin), p.text_length);
  if (p.verbatim) return p.source_begin + into;
  if (into == 0 && !(is_end && p.text_length == 0)) return p.source_begin;
  return is_end || into >= p.text_length ? p.source_begin + p.source_length : p.source_begin;
}

Span SourceMap::Widen(Span span) const {
  if (pieces_.empty()) return span;
  const Piece& first = pieces_[PieceAt(span.begin)];
  if (!first.verbatim) span.begin = first.text_begin;
  size_t last_index = PieceAt(span.end);
  if (last_index > 0 && pieces_[last_index].text_begin == span.end) --last_index;
  const Piece& last = pieces_[last_index];
  if (!last.verbatim && span.end > last.text_begin) span.end = std::max(span.end, last.text_begin + last.text_length);
  return span;
}

bool SourceMap::Contiguous(Span span) const {
  if (pieces_.empty() || span.empty()) return true;
  size_t i = PieceAt(span.begin);
  for (; i + 1 < pieces_.size() && pieces_[i + 1].text_begin < span.end; ++i) {
    const Piece& a = pieces_[i];
    const Piece& b = pieces_[i + 1];
    if (a.source_begin + a.source_length != b.source_begin) return false;
  }
  return true;
}

}  // namespace translint
