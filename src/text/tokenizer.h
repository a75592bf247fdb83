// Tokenizer: splits a folded view (NormalizedText::folded) into words.
//
// A word is a maximal run of letters, combining marks and digits in any script
// (ICU character properties), with an apostrophe inside it kept ("o'brien",
// Ukrainian "м'ята"). An English possessive ending "'s" is not part of the word,
// so "zhaparov's" yields the word "zhaparov". Each token records how it is joined
// to the previous one: by a hyphen, by white space within one paragraph (at most
// one line break), by a period or comma with or without white space ("St.
// Petersburg", "Krym.Realii", "Odessa, Texas"; Token::punctuation says which),
// or not at all (other punctuation, a blank line). Names are only matched across
// joined tokens, and across a period or comma only where the spelling has the
// same one. Pure; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace translint {

enum class Join { kNone, kSpace, kHyphen, kPunctuation };

struct Token {
  size_t begin = 0;  // folded byte offsets
  size_t end = 0;
  Join join = Join::kNone;  // how this token is joined to the previous one
  char punctuation = 0;     // '.' or ',' for Join::kPunctuation
};

std::vector<Token> Tokenize(std::string_view folded);

// The words of `text` after folding (NormalizedText), joined by a single space,
// or by "." or "," where a period or comma joins them: two spellings with equal
// keys are the same path through the matcher ("Kim-Jong-Il" and "KIM JONG IL";
// "st.petersburg" differs from "st petersburg").
std::string MatchKey(std::string_view text);

// True for a code point that can be part of a word.
bool IsWordCodePoint(int32_t cp);
constexpr bool IsAsciiWordCodePoint(int32_t cp) {  // the same for cp < 0x80
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
}

}  // namespace translint
