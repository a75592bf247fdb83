// OneEditIndex: a set of words that answers "which of them are one edit away
// from this word?" with a few hash look-ups instead of trying every edit.
//
// One edit is what a typist does: two neighbouring characters swapped, one
// letter a-z put in, one character replaced by a letter a-z, one character
// left out. Each word is indexed under the strings it gives with one character
// deleted (the deletion neighbourhood of SymSpell): a word one edit away from a
// query shares the query itself or one of its deletions, so a query costs one
// look-up per character. ASCII words of at most kMaxLength bytes only.
// Not thread-safe while Add() runs; Near() may run on many threads after.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace translint {

class OneEditIndex {
 public:
  static constexpr size_t kMaxLength = 20;

  void Add(const std::string& word);
  bool Contains(const std::string& word) const { return words_.count(word) > 0; }

  // The indexed words one edit away from `word`, in the order of the edits:
  // swaps, then insertions, then replacements, then deletions, each by
  // position (and by the letter put in).
  std::vector<std::string> Near(const std::string& word) const;

 private:
  std::unordered_set<std::string> words_;
  std::unordered_map<std::string, std::vector<std::string>> by_deletion_;  // deletion -> words
};

}  // namespace translint
