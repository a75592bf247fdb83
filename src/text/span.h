// Span: a half-open byte range [begin, end) into one Document's original bytes.
// A plain value; it does not know which Document it belongs to.
#pragma once

#include <cstddef>

namespace translint {

struct Span {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool Overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
  bool Contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace translint
