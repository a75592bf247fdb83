// Speller: is this a word, and what might be meant — Hunspell behind a lock.
//
// Open() loads Hunspell dictionaries (NAME.aff and NAME.dic) from the given
// folders: a word is right when any of them accepts it (English defaults to
// en_US and en_GB, so both "center" and "centre" pass). The first dictionary
// must exist (else a Status that names the package to install); later ones are
// used when installed. Suggestions come from the first.
// Words added with Add() (names from the rule tables, the project's word list)
// are always correct. Suggestions are the dictionary words one edit away (fast and
// deterministic). Answers are cached per word, so an archive with millions of
// words asks Hunspell about each distinct word once. Thread-safe: Hunspell itself
// is not, so a cache miss takes a mutex; each thread keeps its own copy of the
// answers it has seen, so a hit takes none. A suggestion search holds the mutex
// only while Hunspell confirms its candidates, not while it makes them.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "spell/one_edit_index.h"

class Hunspell;

namespace translint {

class Speller {
 public:
  // `names` are dictionaries such as "en_US"; `folders` are searched in order.
  static Result<std::unique_ptr<Speller>> Open(const std::vector<std::string>& names,
                                               const std::vector<std::string>& folders);
  ~Speller();

  const std::string& name() const { return name_; }
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
  // Add() runs.
  std::vector<std::string> SuggestAdded(const std::string& word, size_t limit) const;

  // The folders Hunspell dictionaries are installed in on Debian.
  static std::vector<std::string> DefaultFolders();
  // {"en_US", "en_GB"} for "en", {"de_DE"} for "de", {"fr_FR"} for "fr"; {} otherwise.
  static std::vector<std::string> DictionariesFor(const std::string& language);

 private:
  Speller(std::string name, std::vector<std::unique_ptr<Hunspell>> dictionaries);
  // A cheap screen: could `candidate` be a dictionary word (a stem, or a stem
  // with a common ending)? False means certainly not.
  bool MayBeWord(const std::string& candidate) const;

  std::string name_;  // "en_US or en_GB"
  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<Hunspell>> dictionaries_;
  mutable std::unordered_map<std::string, bool> cache_;
  mutable std::unordered_map<std::string, std::vector<std::string>> suggestions_;
  mutable std::unordered_map<std::string, std::vector<std::string>> added_suggestions_;
  uint64_t id_;  // identifies this speller's state in per-thread caches
  std::unordered_set<std::string> stems_;  // of the first dictionary, for Suggest()
  std::unordered_set<std::string> added_;  // the words given to Add(), as written
  OneEditIndex added_near_;                // the same, for SuggestAdded()
};

}  // namespace translint
