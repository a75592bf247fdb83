#include "base/utf8.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace translint {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}


int32_t DecodeUtf8Multibyte(std::string_view text, size_t pos, size_t* length) {
  *length = 1;
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  size_t need;
  int32_t cp;
  int32_t min;
  if ((lead & 0xE0) == 0xC0) {
    need = 1, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    need = 2, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    need = 3, cp = lead & 0x07, min = 0x10000;
  } else {
    return -1;
  }
  if (pos + need >= text.size()) return -1;
  for (size_t i = 1; i <= need; ++i) {
    const unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  *length = need + 1;
  return cp;
}

size_t FindInvalidUtf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    size_t length;
    if (DecodeUtf8(text, pos, &length) < 0) return pos;
    pos += length;
  }
  return std::string_view::npos;
}

void AppendUtf8(int32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += IsLeadByte(static_cast<unsigned char>(c));
  return count;
}

size_t CountUtf16Units(std::string_view text) {
  size_t count = 0;
  for (char c : text) {  // branch-free, so the compiler vectorizes it
    const auto b = static_cast<unsigned char>(c);
    count += static_cast<size_t>(IsLeadByte(b)) + static_cast<size_t>(b >= 0xF0);  // 4 bytes: a surrogate pair
  }
  return count;
}

}  // namespace translint

namespace translint {

std::string ToValidUtf8(std::string_view text) {
  if (FindInvalidUtf8(text) == std::string_view::npos) return std::string(text);
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t length;
    if (DecodeUtf8(text, pos, &length) < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(text.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

size_t ByteOfColumn(std::string_view text, size_t column) {
  size_t at = 0;
  for (size_t c = 1; c < column && at < text.size(); ++c) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

bool IsAlphabeticBeyondAscii(int32_t cp) { return u_isalpha(cp); }

bool IsUpperBeyondAscii(int32_t cp) { return u_isupper(cp); }

bool IsLatinLetterBeyondAscii(int32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return u_isalpha(cp) && uscript_getScript(cp, &status) == USCRIPT_LATIN;
}

}  // namespace translint
