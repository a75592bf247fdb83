// Transliterator: one romanization scheme, compiled from ICU transform rules.
//
// FromRules() compiles the text of a rule file (ICU transform syntax, which may
// call ICU's built-in transforms, and those made Callable(), with "::"); a syntax
// error is a Status at the rule file's line. ICU transliterators are not thread-safe, so Apply() takes a
// lock; callers that need throughput keep one Transliterator per thread (Clone()).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "base/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace translint {

class Transliterator {
 public:
  static Result<std::unique_ptr<Transliterator>> FromRules(const std::string& id, const std::string& rules,
                                                           const std::string& file);
  ~Transliterator();

  const std::string& id() const { return id_; }
  std::string Apply(std::string_view text) const;
  std::unique_ptr<Transliterator> Clone() const;

  // Lets rules compiled afterwards run this one as a pass: "ru-Latn-de" is called
  // as ":: ru-Latn/de ;" (ICU writes a variant after a slash). Registers a copy
  // with ICU, process-wide; call it at start-up, before other threads use ICU.
  void Callable() const;
  static std::string CallName(const std::string& id);

 private:
  Transliterator(std::string id, std::unique_ptr<icu::Transliterator> icu);

  std::string id_;
  mutable std::mutex mutex_;
  std::unique_ptr<icu::Transliterator> icu_;
};

}  // namespace translint
