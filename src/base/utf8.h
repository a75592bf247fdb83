// UTF-8 helpers: validation, decoding one code point, counting code points and
// UTF-16 units. All functions take byte ranges and never read past them; they
// are pure and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace translint {

// Decodes the code point starting at text[pos]. On success returns it and sets
// *length to its byte length (1-4). On an invalid or truncated sequence returns
// -1 and sets *length to 1. ASCII is decoded inline.
int32_t DecodeUtf8Multibyte(std::string_view text, size_t pos, size_t* length);
inline int32_t DecodeUtf8(std::string_view text, size_t pos, size_t* length) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    *length = 1;
    return lead;
  }
  return DecodeUtf8Multibyte(text, pos, length);
}

// The value of a hexadecimal digit (either case), or -1.
int HexValue(char c);

// Byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
size_t FindInvalidUtf8(std::string_view text);

// Appends the UTF-8 encoding of a valid code point.
void AppendUtf8(int32_t code_point, std::string* out);

// Number of code points / UTF-16 code units in valid UTF-8 text.
size_t CountCodePoints(std::string_view text);
// The byte offset of 1-based code point column `column` of `text` (its size if past the end).
size_t ByteOfColumn(std::string_view text, size_t column);
size_t CountUtf16Units(std::string_view text);

// True when `byte` starts a code point (is not a continuation byte).
inline bool IsLeadByte(unsigned char byte) { return (byte & 0xC0) != 0x80; }

// ICU's character classes (u_isalpha, u_isupper, a letter of the Latin script)
// with the answer for ASCII inline: most text of the checked languages is
// ASCII, and an ICU property call per character was 7% of a run. False for -1.
bool IsAlphabeticBeyondAscii(int32_t cp);
bool IsUpperBeyondAscii(int32_t cp);
bool IsLatinLetterBeyondAscii(int32_t cp);
inline bool IsAsciiLetter(int32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }
inline bool IsAlphabetic(int32_t cp) { return cp < 0x80 ? IsAsciiLetter(cp) : IsAlphabeticBeyondAscii(cp); }
inline bool IsUpper(int32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : IsUpperBeyondAscii(cp); }
inline bool IsLatinLetter(int32_t cp) { return cp < 0x80 ? IsAsciiLetter(cp) : IsLatinLetterBeyondAscii(cp); }

}  // namespace translint

namespace translint {

// `text` with every invalid byte replaced by U+FFFD, so it can be printed or
// put into JSON.
std::string ToValidUtf8(std::string_view text);

}  // namespace translint
