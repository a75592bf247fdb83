// Speller: is this a word, and what might be meant.
//
// Open() finds Hunspell dictionaries (NAME.aff and NAME.dic) in the given
// folders: a word is right when any of them accepts it (English defaults to
// en_US and en_GB, so both "center" and "centre" pass). The first dictionary
// must exist (else a Status that names the package to install); later ones are
// used when installed. Suggestions come from the first.
// Words added with Add() (names from the rule tables, the project's word list)
// are always correct. Suggestions are the dictionary words one edit away (fast and
// deterministic).
//
// Two ways to answer, the same answers:
// - A WordSet of the dictionaries' words, when they are ones it can list (the
//   English ones), kept in `cache_folder` ("words/<key>.words", keyed by the
//   dictionary files' paths, sizes and times; built and written once, ~0.7 s):
//   the words it decides (Latin letter words not in capitals, hyphenated ones) and
//   the candidates for their suggestions are looked up in it, with no lock and
//   no Hunspell. Its suggestions for ASCII words are exact: every word one
//   edit away that the first dictionary has (Hunspell's path screens
//   candidates by stem, which misses some, such as "redefining" for
//   "redifining"). Hunspell is loaded only when a word outside it comes
//   (CAPITALS, digits, other scripts) or a suggestion for a word beyond ASCII is
//   wanted, so a short draft, or a run of the name checks only, never loads it.
// - Hunspell behind a lock, for everything else, or for every word when there
//   is no cache folder or the dictionary is not one a WordSet can list.
//   Answers are cached per word, so an archive with millions of words asks
//   Hunspell about each distinct word once; each thread keeps its own copy of
//   the answers it has seen, so a hit takes no lock. A suggestion search holds
//   the mutex only while Hunspell confirms its candidates, not while it makes
//   them.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "spell/one_edit_index.h"
#include "spell/word_set.h"

class Hunspell;

namespace translint {

class Speller {
 public:
  // `names` are dictionaries such as "en_US"; `folders` are searched in order.
  static Result<std::unique_ptr<Speller>> Open(const std::vector<std::string>& names,
                                               const std::vector<std::string>& folders,
                                               const std::string& cache_folder = "");
  ~Speller();

  const std::string& name() const { return name_; }
  // A hash of the dictionary files' paths, sizes and modification times.
  uint64_t key() const;
  // Whether the dictionaries' words are a WordSet (see above).
  bool has_word_set() const { return words_.has_value(); }
  // Whether the Hunspell dictionaries have been loaded (for tests: which words
  // the WordSet answers alone).
  bool hunspell_loaded() const;
  void Add(const std::string& word);
  bool IsCorrect(const std::string& word) const;
  // IsCorrect() by the dictionaries alone: false for a word that only Add() made
  // correct (the rule tables' names), so "sergei" is not a common word because
  // a table lists "Sergei Lavrov". Must not run while Add() runs (the Linter adds
  // every word before it checks any).
  bool IsDictionaryWord(const std::string& word) const;
  std::vector<std::string> Suggest(const std::string& word, size_t limit) const;
  // The words given to Add() (the tables' names, the project's words) one edit
  // away from `word`, ASCII words only: "Tokaye" -> "Tokayev". Must not run while
  // Add() runs; sees the words added before its first call.
  std::vector<std::string> SuggestAdded(const std::string& word, size_t limit) const;

  // The folders Hunspell dictionaries are installed in on Debian.
  static std::vector<std::string> DefaultFolders();
  // {"en_US", "en_GB"} for "en", {"de_DE"} for "de", {"fr_FR"} for "fr"; {} otherwise.
  static std::vector<std::string> DictionariesFor(const std::string& language);

 private:
  struct Files {
    std::string name, aff, dic;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using WordHashSet = std::unordered_set<std::string, Hash, std::equal_to<>>;

  Speller(std::vector<Files> files, std::optional<WordSet> words);
  // Loads the Hunspell dictionaries (once; they get the added words); false
  // when none loads.
  bool LoadHunspell() const;
  void LoadHunspellOnce() const;
  // A cheap screen: could `candidate` be a dictionary word (a stem, or a stem
  // with a common ending)? False means certainly not.
  bool MayBeWord(const std::string& candidate) const;
  // IsCorrect() (kCorrect) and whether Add() added the word as written (kAdded),
  // memoized per thread.
  static constexpr uint8_t kCorrect = 1, kAdded = 2;
  uint8_t Answer(const std::string& word) const;
  bool HunspellIsCorrect(const std::string& word) const;
  std::vector<std::string> HunspellSuggest(const std::string& word) const;
  bool FirstDictionaryAccepts(const std::string& word) const;
  uint8_t Added(std::string_view word) const { return added_.count(word) ? 0xFF : 0; }

  std::string name_;  // "en_US or en_GB"
  std::vector<Files> files_;
  std::optional<WordSet> words_;
  mutable std::once_flag hunspell_loaded_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<Hunspell>> dictionaries_;  // written once, in LoadHunspellOnce
  mutable std::unordered_map<std::string, bool> cache_;  // Hunspell's answers
  mutable std::unordered_map<std::string, std::vector<std::string>> suggestions_;
  mutable std::unordered_map<std::string, std::vector<std::string>> added_suggestions_;
  uint64_t id_;  // identifies this speller's state in per-thread caches
  mutable std::unordered_set<std::string> stems_;  // of the first dictionary, for Suggest() without a WordSet
  WordHashSet added_;                              // the words given to Add(), as written
  mutable std::once_flag added_near_built_;
  mutable OneEditIndex added_near_;                // the same, for SuggestAdded(), built at its first call
};

}  // namespace translint
