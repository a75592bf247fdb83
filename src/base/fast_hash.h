// FastHash: a fast 64-bit hash of short strings (words), eight bytes at a
// step, for in-memory hash tables (WordSet, FlatStringMap, per-thread memos).
// Not for adversarial input. WordSet's cache files hold tables laid out by
// it: a change here must change WordSet's file magic.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace translint {

inline uint64_t FastHash(std::string_view word) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ word.size();
  size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, word.data() + i, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  uint64_t v = 0;
  std::memcpy(&v, word.data() + i, word.size() - i);
  h = (h ^ v) * 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}

}  // namespace translint
