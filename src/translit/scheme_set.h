// SchemeSet: the romanization schemes of a folder (`transliteration/`).
//
// Each file `<lang>-Latn-<scheme>.txt` holds ICU transform rules for one scheme
// from the Cyrillic of language <lang> (ru, uk, be, ky, kk, tg, uz) to Latin.
// A scheme may run another of the folder's schemes as a pass (":: ru-Latn/de ;",
// see Transliterator::Callable). Load() compiles every file once, callees first;
// a file that does not compile is a Status at its line. Immutable after Load(); Apply on the schemes is thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "translit/transliterator.h"

namespace translint {

struct Scheme {
  std::string id;        // "ru-Latn-bgn"
  std::string language;  // "ru"
  std::unique_ptr<Transliterator> transliterator;

  // The language its output is written for, and read in: "de" and "fr" for the
  // press conventions (ru-Latn-de), else "en".
  std::string Reading() const;
};

class SchemeSet {
 public:
  static Result<SchemeSet> Load(const std::string& folder);

  const std::vector<Scheme>& schemes() const { return schemes_; }
  // The schemes for `language`, in id order.
  std::vector<const Scheme*> ForLanguage(const std::string& language) const;

 private:
  std::vector<Scheme> schemes_;
};

}  // namespace translint
