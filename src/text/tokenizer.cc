#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "text/normalized_text.h"

namespace translint {

bool IsWordCodePoint(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp < 0) return false;
  return u_hasBinaryProperty(cp, UCHAR_ALPHABETIC) || (U_GET_GC_MASK(cp) & (U_GC_M_MASK | U_GC_ND_MASK));
}

namespace {

bool WordAt(std::string_view text, size_t pos, size_t* length) {
  *length = 1;
  if (pos >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return IsWordCodePoint(byte);
  return IsWordCodePoint(DecodeUtf8(text, pos, length));
}

Join ClassifySeparator(std::string_view separator, char* punctuation) {
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
  size_t pos = 0;
  size_t previous_end = 0;
  size_t length;
  while (pos < text.size()) {
    if (!WordAt(text, pos, &length)) {
      pos += length;
      continue;
    }
    Token token;
    token.begin = pos;
    while (pos < text.size()) {
      if (WordAt(text, pos, &length)) {
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
