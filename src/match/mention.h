// Mention: one place where a document names a known entity, as NameMatcher
// finds it. A plain value; its spans point into the Document's text.
#pragma once

#include <cctype>
#include <cstdint>
#include <string_view>
#include <vector>

#include "match/name_form.h"
#include "text/span.h"

namespace translint {

struct Mention {
  Span span;                    // the name as written, without a possessive "'s"
  std::vector<uint32_t> forms;  // candidate forms (indices into NameMatcher::form)
  int entity = -1;              // the resolved entity, or -1 when ambiguous
  // Part of a gloss: the same entity named twice in a row on purpose, as in
  // "Pornofilmy (Porn Movies)" or "Sadyr Japarov, also spelled Zhaparov". Both
  // mentions are marked; the names checks do not count them against the text.
  bool gloss = false;

  // The form of the resolved entity (or the first candidate when ambiguous).
  uint32_t PrimaryForm(const std::vector<NameForm>& all) const;
};

// The word (letters, hyphens, apostrophes) that ends one space before byte
// `end` of `text`, as a given name stands before a surname; "" when there is none.
inline std::string_view WordBeforeSpace(std::string_view text, size_t end) {
  if (end < 2 || text[end - 1] != ' ') return {};
  size_t begin = end - 1;
  while (begin > 0) {
    const unsigned char c = text[begin - 1];
    if (!std::isalpha(c) && c != '-' && c != '\'' && c < 0x80) break;
    --begin;
  }
  return text.substr(begin, end - 1 - begin);
}

}  // namespace translint
