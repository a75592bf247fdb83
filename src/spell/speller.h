// Speller: is this a word, and what might be meant — Hunspell behind a lock.
//
// Open() loads a Hunspell dictionary (NAME.aff and NAME.dic) from the given
// folders; a missing dictionary is a Status that names the package to install.
// Words added with Add() (names from the rule tables, the project's word list)
// are always correct. Answers are cached per word, so an archive with millions of
// words asks Hunspell about each distinct word once. Thread-safe: Hunspell itself
// is not, so every call takes a mutex (held only on a cache miss for long).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"

class Hunspell;

namespace translint {

class Speller {
 public:
  // `name` is a dictionary such as "en_US"; `folders` are searched in order.
  static Result<std::unique_ptr<Speller>> Open(const std::string& name, const std::vector<std::string>& folders);
  ~Speller();

  const std::string& name() const { return name_; }
  void Add(const std::string& word);
  bool IsCorrect(const std::string& word) const;
  std::vector<std::string> Suggest(const std::string& word, size_t limit) const;

  // The folders Hunspell dictionaries are installed in on Debian.
  static std::vector<std::string> DefaultFolders();
  // "en_US" for "en", "de_DE" for "de", "fr_FR" for "fr"; "" otherwise.
  static std::string DictionaryFor(const std::string& language);

 private:
  Speller(std::string name, std::unique_ptr<Hunspell> hunspell);

  std::string name_;
  mutable std::mutex mutex_;
  std::unique_ptr<Hunspell> hunspell_;
  mutable std::unordered_map<std::string, bool> cache_;
  mutable std::unordered_map<std::string, std::vector<std::string>> suggestions_;
};

}  // namespace translint
