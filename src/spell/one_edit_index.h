// OneEditIndex: a set of words that answers "which of them are one edit away
// from this word?" with a few hash look-ups instead of trying every edit.
//
// One edit is what a typist does: two neighbouring characters swapped, one
// letter a-z put in, one character replaced by a letter a-z, one character
// left out. Each word is indexed under the hashes of the strings it gives with
// one character deleted (the deletion neighbourhood of SymSpell): a word one
// edit away from a query shares the query itself or one of its deletions, so a
// query costs a binary search per character, and every candidate is verified.
// The index is a flat sorted array of (hash, word) pairs, sorted on the first
// Near(): Add() costs no allocation beyond the array's growth.
// ASCII words of at most kMaxLength bytes only.
// Not thread-safe while Add() runs; Near() may run on many threads after.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace translint {

class OneEditIndex {
 public:
  static constexpr size_t kMaxLength = 20;

  void Add(const std::string& word);

  // The indexed words one edit away from `word`, in the order of the edits:
  // swaps, then insertions, then replacements, then deletions, each by
  // position (and by the letter put in).
  std::vector<std::string> Near(const std::string& word) const;

 private:
  static uint64_t Hash(std::string_view text);
  // The indexed words whose string or deletion hashes to `hash`.
  void Take(uint64_t hash, std::vector<uint32_t>* ids) const;

  std::unordered_set<std::string> seen_;   // the words (its nodes never move)
  std::vector<const std::string*> words_;  // by id, into seen_
  mutable std::vector<std::pair<uint64_t, uint32_t>> keys_;  // (hash of the word or a deletion, word)
  mutable std::once_flag sorted_;
};

}  // namespace translint
