// Immutable open-addressing hash tables for the matchers' hot look-ups, built
// once and then read by any number of threads without a lock:
// - FlatStringMap: string -> uint32, the keys' bytes in one buffer, each slot
//   holding the key's hash tag so a probe compares bytes only on a likely hit,
//   and a bit filter (16 bits a key, small enough to stay in the core's cache)
//   that answers most absent keys without touching the slots: a matcher looks
//   up every capitalized word of the text, and most are in no table;
// - FlatIdMap: uint64 -> uint32.
// Both are at most half full, so an absent key costs about one probe; std's
// node-based maps cost a pointer chase (and, for strings, a heavier hash) per
// look-up. Build() replaces the contents; Find() returns kAbsent for a missing key.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/fast_hash.h"

namespace translint {

inline constexpr uint32_t kAbsent = UINT32_MAX;

namespace flat_map_detail {

// The power of two at least twice `count` (and at least 16).
inline size_t SlotCount(size_t count) {
  size_t slots = 16;
  while (slots < 2 * count) slots *= 2;
  return slots;
}

inline uint64_t MixId(uint64_t key) {
  key ^= key >> 33;
  key *= 0xFF51AFD7ED558CCDULL;
  return key ^ (key >> 33);
}

}  // namespace flat_map_detail

class FlatStringMap {
 public:
  template <typename Pairs>  // a range of (string-like key, uint32 value), keys distinct
  void Build(const Pairs& pairs) {
    size_t count = 0;
    for ([[maybe_unused]] const auto& p : pairs) ++count;
    slots_.assign(flat_map_detail::SlotCount(count), Slot{});
    filter_shift_ = 64 - 6;  // 64 bits at least
    while ((uint64_t{1} << (64 - filter_shift_)) < 16 * count) --filter_shift_;
    filter_.assign((uint64_t{1} << (64 - filter_shift_)) / 64, 0);
    keys_.clear();
    for (const auto& [key, value] : pairs) {
      const std::string_view k(key);
      const uint64_t hash = FastHash(k);
      const uint64_t bit = FilterBit(hash);
      filter_[bit / 64] |= uint64_t{1} << (bit % 64);
      size_t at = hash & (slots_.size() - 1);
      while (slots_[at].length != kEmpty) at = (at + 1) & (slots_.size() - 1);
      slots_[at] = Slot{static_cast<uint32_t>(hash >> 32), static_cast<uint32_t>(keys_.size()),
                        static_cast<uint32_t>(k.size()), value};
      keys_.append(k);
    }
  }

  uint32_t Find(std::string_view key) const {
    if (slots_.empty()) return kAbsent;
    const uint64_t hash = FastHash(key);
    if (const uint64_t bit = FilterBit(hash); (filter_[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return kAbsent;
    const auto tag = static_cast<uint32_t>(hash >> 32);
    for (size_t at = hash & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[at];
      if (s.length == kEmpty) return kAbsent;
      if (s.tag == tag && s.length == key.size() && std::memcmp(keys_.data() + s.offset, key.data(), key.size()) == 0) {
        return s.value;
      }
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t tag = 0, offset = 0, length = kEmpty, value = 0;
  };
  // Bits of the hash other than the slot index's and the tag's low ones.
  uint64_t FilterBit(uint64_t hash) const { return (hash * 0x9E3779B97F4A7C15ULL) >> filter_shift_; }

  std::vector<Slot> slots_;
  std::vector<uint64_t> filter_;
  int filter_shift_ = 58;
  std::string keys_;
};

class FlatIdMap {
 public:
  template <typename Pairs>  // a range of (uint64 key, uint32 value), keys distinct
  void Build(const Pairs& pairs) {
    size_t count = 0;
    for ([[maybe_unused]] const auto& p : pairs) ++count;
    slots_.assign(flat_map_detail::SlotCount(count), Slot{});
    for (const auto& [key, value] : pairs) {
      size_t at = flat_map_detail::MixId(key) & (slots_.size() - 1);
      while (slots_[at].value != kAbsent) at = (at + 1) & (slots_.size() - 1);
      slots_[at] = Slot{key, value};
    }
  }

  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return kAbsent;
    for (size_t at = flat_map_detail::MixId(key) & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[at];
      if (s.value == kAbsent) return kAbsent;
      if (s.key == key) return s.value;
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kAbsent;  // kAbsent: an empty slot (so kAbsent is no value)
  };
  std::vector<Slot> slots_;
};

}  // namespace translint
