// Hash64: FNV-1a, 64 bits — a stable hash (the same on every machine and
// build), for keys stored on disk: file contents in the archive index, the
// configuration a file was checked with. Not for adversarial input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace translint {

inline constexpr uint64_t kHashSeed = 14695981039346656037ULL;

inline uint64_t Hash64(std::string_view bytes, uint64_t hash = kHashSeed) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001B3ULL;
  }
  return hash;
}

// 16 lower-case hex digits.
std::string HashHex(uint64_t hash);

}  // namespace translint
