// WordSet: the words a Hunspell dictionary accepts, as one flat immutable hash
// table that any number of threads read without a lock, and that a later run
// reads back from a cache file instead of loading Hunspell.
//
// ExpandDictionary() lists a dictionary's words: every stem of the .dic, with
// each prefix and suffix its flags allow and their cross products, for
// dictionaries whose acceptance of letter words is just that (the English
// ones: no compounding of letter stems, no continuation classes, no
// NEEDAFFIX/KEEPCASE/FORBIDDENWORD/CIRCUMFIX, flags of one character); other
// dictionaries (German compounds, French) are refused with the reason, and the
// Speller asks Hunspell as before. Affix conditions are matched on characters,
// as Hunspell does for a UTF-8 dictionary ("café", "Álvarez" from en_GB).
//
// A WordSet holds the words of several such dictionaries, each with a bit per
// dictionary that has it. Accepting() answers as Hunspell does for the words
// Decides(): a word is looked up as it is, a Capitalized one also in lower
// case ("Dog" for "dog", but not "paris" for "Paris"), and a hyphenated
// one ("well-known") as a whole, else by its parts (Hunspell's default BREAK).
// That the answers are Hunspell's is tested against Hunspell on real text.
//
// Decides(): letters with apostrophes inside ("don't", "O'Brien", "WhatsApp",
// "Düsseldorf", "Nausėda"), at most kMaxLength bytes, not in CAPITALS; or such
// words joined by hyphens. Letters are ASCII ones and the Latin ones of
// U+00C0..U+024F that have a partner of the other case there (so "ß" and the
// dotless "ı" are not). Anything else (CAPITALS, whose rules in Hunspell
// differ, digits, other scripts, typographic apostrophes) is Hunspell's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace translint {

// The ASCII words of the dictionary in `aff` and `dic` (the files' texts), or
// an error saying which feature of the .aff the expansion does not handle.
Result<std::vector<std::string>> ExpandDictionary(std::string_view aff, std::string_view dic);

class WordSet {
 public:
  static constexpr size_t kMaxLength = 64;
  static constexpr size_t kMaxDictionaries = 8;

  // The set of the words of each dictionary (at most kMaxDictionaries).
  static WordSet Build(const std::vector<std::vector<std::string>>& dictionaries);
  // A set read back from Serialize()'s bytes; nullopt when they are not a
  // complete set of this format made under `key`.
  static std::optional<WordSet> FromBytes(std::string bytes, uint64_t key);
  // The bytes of the set, for a cache file, tagged with `key`.
  std::string Serialize(uint64_t key) const;

  static bool Decides(std::string_view word);
  // The dictionaries (bit i: the i-th) that accept `word`, a word Decides(),
  // with `extra(part)` (a mask) accepting more words (the Speller's added names).
  template <typename Extra>
  uint8_t Accepting(std::string_view word, Extra extra) const;
  uint8_t Accepting(std::string_view word) const {
    return Accepting(word, [](std::string_view) { return uint8_t{0}; });
  }
  size_t size() const { return count_; }

 private:
  WordSet() = default;
  bool Index();  // reads the header; false when bytes_ is not a consistent set
  uint32_t Slot(uint32_t i, uint32_t* tag) const;  // its entry (0: empty), and its hash tag
  uint8_t Lookup(std::string_view word) const;  // as it is
  // A Capitalized word (one capital letter, the first) with that letter in
  // lower case, written to `out` (kMaxLength bytes): Hunspell also looks such a
  // word up so. Its length, or 0 when the word is not Capitalized.
  static size_t LowerFirst(std::string_view word, char* out);
  template <typename Extra>
  uint8_t Unbroken(std::string_view word, Extra extra) const;  // with the case rule
  template <typename Extra>
  uint8_t Broken(std::string_view word, Extra extra, int depth) const;  // at hyphens

  // bytes_: a 40-byte header, then slot_count_ slots (a uint32: 0 for empty,
  // else 1 + the offset of an entry in the blob; a uint32: the upper half of the
  // word's hash, so most probes compare no bytes), then the blob of entries: a
  // dictionary mask byte, the word's length byte, the word.
  std::string bytes_;
  uint32_t slot_count_ = 0;  // a power of two
  uint32_t blob_size_ = 0;
  size_t count_ = 0;
};

template <typename Extra>
uint8_t WordSet::Unbroken(std::string_view word, Extra extra) const {
  const uint8_t mask = Lookup(word) | extra(word);
  char lower[kMaxLength];
  const size_t length = LowerFirst(word, lower);
  if (length == 0) return mask;
  const std::string_view lowered(lower, length);
  return mask | Lookup(lowered) | extra(lowered);
}

// Hunspell's BREAK "-", dictionary by dictionary: the word as a whole, or the
// parts at its first hyphen, or at its second, each part checked the same way.
template <typename Extra>
uint8_t WordSet::Broken(std::string_view word, Extra extra, int depth) const {
  uint8_t mask = Unbroken(word, extra);
  size_t at = word.find('-');
  for (int i = 0; i < 2 && at != std::string_view::npos && depth < 10; ++i, at = word.find('-', at + 1)) {
    if (at == 0 || at + 1 >= word.size()) continue;
    mask |= Broken(word.substr(at + 1), extra, depth + 1) & Broken(word.substr(0, at), extra, depth + 1);
  }
  return mask;
}

template <typename Extra>
uint8_t WordSet::Accepting(std::string_view word, Extra extra) const {
  return Broken(word, extra, 0);
}

}  // namespace translint
