#include "text/normalized_text.h"

#include <algorithm>
#include <cctype>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include "base/utf8.h"

namespace translint {

namespace {

const icu::Normalizer2& Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFCInstance(status);
  }();
  return *nfc;
}

// Replacement for characters the view unifies; nullptr when not special.
const char* Unified(int32_t cp) {
  switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x02B9: case 0x2032: case 0x0060: return "'";
    case 0x2010: case 0x2011: return "-";
    case 0x00A0: case 0x202F: case 0x2007: return " ";
    case 0x00AD: case 0x200B: case 0x2060: case 0xFEFF: return "";
    default: return nullptr;
  }
}

// Full case folding of NFC text, then unification, as UTF-8.
void FoldInto(const icu::UnicodeString& nfc, std::string* out) {
  icu::UnicodeString folded(nfc);
  folded.foldCase(U_FOLD_CASE_DEFAULT);
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 cp = folded.char32At(i);
    i += U16_LENGTH(cp);
    if (const char* unified = Unified(cp)) {
      out->append(unified);
    } else {
      AppendUtf8(cp, out);
    }
  }
}

}  // namespace

NormalizedText::NormalizedText(std::string_view segment, size_t base_offset)
    : end_offset_(base_offset + segment.size()) {
  folded_.reserve(segment.size());
  origin_.reserve(segment.size());
  const icu::Normalizer2& nfc = Nfc();
  std::string piece;
  size_t pos = 0;
  while (pos < segment.size()) {
    if (static_cast<unsigned char>(segment[pos]) < 0x80) {
      pos = AppendAscii(segment, pos, base_offset);
      continue;
    }
    // A chunk runs from this character to the next NFC boundary, so that a base
    // letter and its combining marks are normalized together.
    const size_t chunk_start = pos;
    size_t length;
    int32_t cp = DecodeUtf8(segment, pos, &length);
    pos += length;
    while (pos < segment.size()) {
      const int32_t next = DecodeUtf8(segment, pos, &length);
      if (next < 0 || nfc.hasBoundaryBefore(next)) break;
      pos += length;
    }
    piece.clear();
    if (cp < 0) {
      piece = "\xEF\xBF\xBD";  // invalid input is reported elsewhere; keep offsets sane
    } else {
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString chunk = icu::UnicodeString::fromUTF8(
          icu::StringPiece(segment.data() + chunk_start, static_cast<int32_t>(pos - chunk_start)));
      const icu::UnicodeString normalized = nfc.normalize(chunk, status);
      FoldInto(U_SUCCESS(status) ? normalized : chunk, &piece);
    }
    Append(piece, base_offset + chunk_start);
  }
}

size_t NormalizedText::AppendAscii(std::string_view segment, size_t pos, size_t base_offset) {
  size_t end = pos;
  while (end < segment.size() && static_cast<unsigned char>(segment[end]) < 0x80) ++end;
  const size_t at = folded_.size(), n = end - pos;
  folded_.resize(at + n);
  origin_.resize(at + n);
  char* out = folded_.data() + at;
  uint32_t* origin = origin_.data() + at;
  const char* in = segment.data() + pos;
  const auto first = static_cast<uint32_t>(base_offset + pos);
  for (size_t i = 0; i < n; ++i) {  // simple loops, which the compiler vectorizes
    const char c = in[i];
    out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  for (size_t i = 0; i < n; ++i) origin[i] = first + static_cast<uint32_t>(i);
  return end;
}

void NormalizedText::Append(std::string_view piece, size_t original_offset) {
  folded_.append(piece);
  origin_.insert(origin_.end(), piece.size(), static_cast<uint32_t>(original_offset));
}

Span NormalizedText::OriginalSpan(size_t begin, size_t end) const {
  const size_t b = begin < origin_.size() ? origin_[begin] : end_offset_;
  const size_t e = end < origin_.size() ? origin_[end] : end_offset_;
  return Span{b, e};
}

std::string FoldForMatching(std::string_view text) {
  bool ascii = true;
  for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (!ascii) return NormalizedText(text, 0).folded();
  std::string folded(text);
  for (char& c : folded) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return folded;
}

}  // namespace translint

namespace translint {

std::string LowerCase(std::string_view text) {
  std::string out(text);
  if (std::all_of(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  u.toLower();
  out.clear();
  u.toUTF8String(out);
  return out;
}

}  // namespace translint
