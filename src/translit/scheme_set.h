// SchemeSet: the romanization schemes of a folder (`transliteration/`).
//
// Each file `<lang>-Latn-<scheme>.txt` holds ICU transform rules for one scheme
// from the Cyrillic of language <lang> (ru, uk, be, ky, kk, tg, uz) to Latin.
// A scheme may run another of the folder's schemes as a pass (":: ru-Latn/de ;",
// see Transliterator::Callable). Load() compiles every file once, callees first;
// a file that does not compile is a Status at its line.
//
// The memo: with a cache folder, the spellings the schemes made are kept in
// "translit/<key>.memo" there, the key covering every scheme file's text and
// ICU's version (SaveMemo() writes it, atomically, when it lacks some). A
// later Load() that finds the memo compiles nothing (the files compiled when
// it was written): Apply() answers from it, and compiles a scheme (with the
// schemes it calls) only for a text the memo lacks. So a start-up with the
// shipped tables spends no time in ICU's rule compiler or transliterator.
// Apply() is thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <string>
#include <vector>

#include "base/status.h"
#include "translit/transliterator.h"

namespace translint {

struct SchemeFiles;  // the schemes' rule files, compiled forms and memo

struct Scheme {
  std::string id;        // "ru-Latn-bgn"
  std::string language;  // "ru"

  // The language its output is written for, and read in: "de" and "fr" for the
  // press conventions (ru-Latn-de), else "en".
  std::string Reading() const;
  // `text` romanized by this scheme.
  std::string Apply(std::string_view text) const;

  std::shared_ptr<SchemeFiles> files;
  size_t index = 0;  // its file in `files`
};

class SchemeSet {
 public:
  static Result<SchemeSet> Load(const std::string& folder, const std::string& cache_folder = "");

  const std::vector<Scheme>& schemes() const { return schemes_; }
  // The schemes for `language`, in id order.
  std::vector<const Scheme*> ForLanguage(const std::string& language) const;
  // Writes the memo when Apply() made spellings it lacks (best effort).
  void SaveMemo() const;
  // A hash of every scheme file's text and ICU's version.
  uint64_t key() const;
  // How many schemes are compiled (all after a Load() without a memo).
  size_t compiled() const;

 private:
  std::vector<Scheme> schemes_;
  std::shared_ptr<SchemeFiles> files_;
};

}  // namespace translint
