#include "check/prose_text.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "base/utf8.h"

namespace translint {

std::vector<Span> ProseLines(const CheckContext& context) {
  const std::string_view text = context.document.text();
  std::vector<Span> lines;
  for (const Span& segment : context.prose) {
    size_t begin = segment.begin;
    while (begin < segment.end) {
      size_t end = text.find('\n', begin);
      if (end == std::string_view::npos || end > segment.end) end = segment.end;
      size_t stop = end;
      if (stop > begin && text[stop - 1] == '\r') --stop;
      if (stop > begin) lines.push_back(Span{begin, stop});
      begin = end + 1;
    }
  }
  return lines;
}

namespace {

// One paragraph per line, as scraped text writes it: the line before ends a
// sentence and this one starts one. Hard-wrapped text breaks lines mid-sentence.
bool EndsParagraph(std::string_view text, size_t previous_end, const Span& line) {
  if (previous_end == 0) return false;
  size_t start;
  const int32_t last = CodePointBefore(text, previous_end, &start);
  const bool sentence_end = last == '.' || last == '!' || last == '?' || last == '"' || last == 0x201D ||
                            last == 0x00BB || last == ':' || last == ')';
  size_t first = line.begin;
  while (first < line.end && (text[first] == ' ' || text[first] == '\t')) ++first;
  size_t length;
  const int32_t next = CodePointAt(text, first, &length);
  return sentence_end && (u_isupper(next) || next == '"' || next == 0x201C || next == 0x00AB || next == '(' ||
                          (next >= '0' && next <= '9'));
}

}  // namespace

std::vector<std::vector<Span>> ProseParagraphs(const CheckContext& context) {
  const std::string_view text = context.document.text();
  std::vector<std::vector<Span>> paragraphs;
  bool start_new = true;
  size_t previous_end = 0;
  for (const Span& line : ProseLines(context)) {
    const std::string_view content = text.substr(line.begin, line.size());
    if (content.find_first_not_of(" \t") == std::string_view::npos) {
      start_new = true;
      continue;
    }
    const std::string_view gap = text.substr(previous_end, line.begin - previous_end);
    if (start_new || std::count(gap.begin(), gap.end(), '\n') >= 2 || EndsParagraph(text, previous_end, line)) {
      paragraphs.emplace_back();
    }
    paragraphs.back().push_back(line);
    previous_end = line.end;
    start_new = false;
  }
  return paragraphs;
}

int32_t CodePointBefore(std::string_view text, size_t offset, size_t* start) {
  *start = offset;
  if (offset == 0) return -1;
  size_t begin = offset - 1;
  while (begin > 0 && !IsLeadByte(static_cast<unsigned char>(text[begin]))) --begin;
  *start = begin;
  size_t length;
  return DecodeUtf8(text, begin, &length);
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

namespace {

int32_t FirstLetter(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t length;
    const int32_t cp = DecodeUtf8(text, pos, &length);
    if (IsAlphabetic(cp)) return cp;
    pos += length;
  }
  return -1;
}

bool HasLower(std::string_view text) {
  size_t pos = 0;
  int letters = 0;
  while (pos < text.size()) {
    size_t length;
    const int32_t cp = DecodeUtf8(text, pos, &length);
    if (cp >= 0 && u_islower(cp)) return true;
    letters += IsAlphabetic(cp);
    pos += length;
  }
  return letters < 2;  // one capital letter is not "all caps"
}

}  // namespace

std::string MatchCase(std::string_view matched, const std::string& replacement) {
  const int32_t first = FirstLetter(matched);
  if (first < 0 || !(u_isupper(first) || u_istitle(first))) return replacement;
  icu::UnicodeString out = icu::UnicodeString::fromUTF8(replacement);
  if (!HasLower(matched)) {
    out.toUpper(icu::Locale::getRoot());
  } else if (!out.isEmpty()) {
    out.replace(0, U16_LENGTH(out.char32At(0)), icu::UnicodeString(u_totitle(out.char32At(0))));
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace translint
