#include "diag/fingerprint.h"

#include <algorithm>

#include "base/hash.h"
#include "base/utf8.h"

namespace translint {

namespace {

bool Space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Up to `words` whitespace-separated words of `text` from its start (or, with
// `from_end`, its end), lower-cased (ASCII), one space between them.
std::string Words(std::string_view text, size_t words, bool from_end) {
  std::vector<std::string_view> found;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && Space(text[i])) ++i;
    const size_t begin = i;
    while (i < text.size() && !Space(text[i])) ++i;
    if (i > begin) found.push_back(text.substr(begin, i - begin));
  }
  if (from_end && found.size() > words) found.erase(found.begin(), found.end() - words);
  if (!from_end && found.size() > words) found.resize(words);
  std::string out;
  for (const std::string_view w : found) {
    if (!out.empty()) out += ' ';
    for (const char c : w) {
      if (c >= 'A' && c <= 'Z') {
        out += static_cast<char>(c - 'A' + 'a');
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
        out += c;  // ASCII punctuation is left out: "Monday." and "Monday," are one context
      }
    }
  }
  return out;
}

}  // namespace

std::string Fingerprint(const Diagnostic& d) {
  const Location& l = d.location;
  const std::string_view line = l.line_text;
  const size_t column = l.start.column >= l.excerpt_column ? l.start.column - l.excerpt_column + 1 : 1;
  const size_t start = std::min(ByteOfColumn(line, column), line.size());
  const size_t end = std::min(line.size(), start + std::min(d.text.size(), l.span.size()));
  std::string key = d.check;
  key += '\0';
  key += d.text;
  key += '\0';
  key += Words(line.substr(0, start), 2, true);
  key += '\0';
  key += Words(line.substr(end), 2, false);
  return HashHex(Hash64(key));
}

std::string OccurrenceFingerprints::Next(const Diagnostic& d) {
  if (d.location.path != path_) {
    path_ = d.location.path;
    seen_.clear();
  }
  std::string fingerprint = Fingerprint(d);
  const size_t n = ++seen_[fingerprint];
  return fingerprint + ":" + std::to_string(n);
}

}  // namespace translint
