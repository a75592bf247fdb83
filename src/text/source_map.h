// SourceMap: how a Document's text maps back to the bytes of the file it was
// read from, when the text is not those bytes as they are (a JSON string with
// its escapes, the visible text of an HTML page).
//
// The text is a sequence of pieces, in order. A verbatim piece is a run of text
// bytes equal to a run of source bytes of the same length; any other piece is
// atomic (an escape such as \u00e9 or &laquo;, read as one unit) or synthetic (a
// paragraph break between two HTML blocks, read from no bytes). Source runs are
// increasing; what lies between two pieces' source runs (tags, comments) is not
// text. A plain value; thread-safe to read.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "text/span.h"

namespace translint {

class SourceMap {
 public:
  // Appends `text_length` text bytes read from source bytes [source_begin,
  // source_begin + source_length).
  void Add(size_t source_begin, size_t source_length, size_t text_length, bool verbatim);
  // Appends every piece of `other` (whose text follows this map's).
  void Append(const SourceMap& other);
  bool empty() const { return pieces_.empty(); }

  // The source offset of a text offset: inside an atomic piece, its start (or,
  // for the end of a span, its end).
  size_t ToSource(size_t text_offset, bool is_end) const;
  // `span` widened so that neither end falls inside an atomic piece.
  Span Widen(Span span) const;
  // True when the source bytes of `span` are all text: no markup lies between
  // its pieces, so replacing them replaces only text.
  bool Contiguous(Span span) const;

 private:
  struct Piece {
    size_t text_begin, text_length, source_begin, source_length;
    bool verbatim;
  };
  // The piece holding `text_offset` (the last one for the end of the text).
  size_t PieceAt(size_t text_offset) const;

  std::vector<Piece> pieces_;
  size_t text_size_ = 0;
};

}  // namespace translint
