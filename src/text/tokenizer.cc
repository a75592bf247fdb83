#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "text/normalized_text.h"

namespace translint {

bool IsWordCodePoint(int32_t cp) {
  if (cp < 0x80) return IsAsciiWordCodePoint(cp);
  if (cp < 0) return false;
  return u_hasBinaryProperty(cp, UCHAR_ALPHABETIC) || (U_GET_GC_MASK(cp) & (U_GC_M_MASK | U_GC_ND_MASK));
}

namespace {

// ASCII letters and digits (bytes of 0x80 and above: false; they are decoded).
constexpr struct AsciiWordBytes {
  bool word[256] = {};
  constexpr AsciiWordBytes() {
    for (int c = 0; c < 0x80; ++c) word[c] = IsAsciiWordCodePoint(c);
  }
} kAscii;

bool WordAt(std::string_view text, size_t pos, size_t* length) {
  *length = 1;
  if (pos >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return kAscii.word[byte];
  return IsWordCodePoint(DecodeUtf8(text, pos, length));
}

Join ClassifySeparator(std::string_view separator, char* punctuation) {
  if (separator.size() == 1 && separator[0] == ' ') return Join::kSpace;  // most of them
  if (separator == "-") return Join::kHyphen;
  Join join = Join::kSpace;
  if (!separator.empty() && (separator[0] == '.' || separator[0] == ',')) {
    join = Join::kPunctuation;
    *punctuation = separator[0];
    separator.remove_prefix(1);
  }
  int newlines = 0;
  for (char c : separator) {
    if (c == '\n') {
      ++newlines;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      return Join::kNone;
    }
  }
  return newlines <= 1 ? join : Join::kNone;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6 + 1);  // about a word per six bytes of news
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  size_t pos = 0;
  size_t previous_end = 0;
  size_t length;
  while (pos < text.size()) {
    if (!kAscii.word[byte(pos)] && !WordAt(text, pos, &length)) {
      pos += length;
      continue;
    }
    Token token;
    token.begin = pos;
    while (pos < text.size()) {
      if (kAscii.word[byte(pos)]) {  // the common case, without a call
        ++pos;
      } else if (WordAt(text, pos, &length)) {
        pos += length;
      } else if (text[pos] == '\'' && WordAt(text, pos + 1, &length)) {
        pos += 1;
      } else {
        break;
      }
    }
    token.end = pos;
    const std::string_view word = text.substr(token.begin, token.end - token.begin);
    if (word.size() > 2 && word.substr(word.size() - 2) == "'s") token.end -= 2;
    if (!tokens.empty()) {
      token.join = ClassifySeparator(text.substr(previous_end, token.begin - previous_end), &token.punctuation);
    }
    previous_end = pos;
    tokens.push_back(token);
  }
  return tokens;
}

std::string MatchKey(std::string_view text) {
  const std::string folded = FoldForMatching(text);
  std::string key;
  for (const Token& t : Tokenize(folded)) {
    if (!key.empty()) key.push_back(t.join == Join::kPunctuation ? t.punctuation : ' ');
    key.append(folded, t.begin, t.end - t.begin);
  }
  return key;
}

}  // namespace translint
