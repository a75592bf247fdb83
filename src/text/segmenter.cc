#include "text/segmenter.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "text/front_matter.h"

namespace translint {

namespace {

bool StartsWith(std::string_view text, size_t pos, std::string_view prefix) {
  return text.substr(pos, prefix.size()) == prefix;
}

size_t LineEnd(std::string_view text, size_t pos) {
  const size_t nl = text.find('\n', pos);
  return nl == std::string_view::npos ? text.size() : nl + 1;
}

bool IsUrlChar(char c) {
  return !std::isspace(static_cast<unsigned char>(c)) && c != '<' && c != '>' && c != '"';
}

// End of a URL starting at pos; trailing punctuation that usually closes the
// sentence (".", ",", ")" ...) is left to the prose.
size_t UrlEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && IsUrlChar(text[end])) ++end;
  while (end > pos && std::string_view(".,;:!?)]}'").find(text[end - 1]) != std::string_view::npos) {
    --end;
  }
  return end;
}

bool IsAsciiAlnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

bool IsWordByte(char c) { return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+'; }

// Could a link start at byte i ("http", "https", "ftp", "www.", or an e-mail
// address's "@")? Two bytes decide for almost every byte of prose.
bool MayStartLink(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '@') return true;
  if (c != 'h' && c != 'f' && c != 'w') return false;
  return i + 1 < text.size() && text[i + 1] == (c == 'w' ? 'w' : 't');
}

// Collects the ranges to skip; SegmentProse inverts them.
class Skipper {
 public:
  explicit Skipper(std::string_view text) : text_(text) {}

  void Skip(size_t begin, size_t end) {
    if (end > begin) skips_.push_back(Span{begin, end});
  }

  // URLs and e-mail addresses anywhere in [begin, end).
  void SkipLinksIn(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      if (!MayStartLink(text_, i)) continue;
      const bool at_word_start = i == 0 || !IsWordByte(text_[i - 1]);
      if (at_word_start && (StartsWith(text_, i, "http://") || StartsWith(text_, i, "https://") ||
                            StartsWith(text_, i, "ftp://") || StartsWith(text_, i, "www."))) {
        const size_t url_end = std::min(end, UrlEnd(text_, i));
        Skip(i, url_end);
        i = url_end;
      } else if (text_[i] == '@' && i > begin && i + 1 < end && IsWordByte(text_[i - 1]) &&
                 IsAsciiAlnum(text_[i + 1])) {
        size_t b = i;
        while (b > begin && IsWordByte(text_[b - 1])) --b;
        size_t e = i + 1;
        while (e < end && IsWordByte(text_[e])) ++e;
        while (e > i + 1 && text_[e - 1] == '.') --e;
        Skip(b, e);
        i = e;
      }
    }
  }

  std::vector<Span> Prose(size_t begin) {
    std::sort(skips_.begin(), skips_.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::vector<Span> prose;
    size_t pos = begin;
    for (const Span& skip : skips_) {
      if (skip.begin > pos) prose.push_back(Span{pos, skip.begin});
      pos = std::max(pos, skip.end);
    }
    if (pos < text_.size()) prose.push_back(Span{pos, text_.size()});
    return prose;
  }

 private:
  std::string_view text_;
  std::vector<Span> skips_;
};

// Length of the fence ("```" or "~~~", 3 or more) opening the line at pos, or 0.
size_t FenceLength(std::string_view text, size_t pos, char* fence_char) {
  size_t i = pos;
  while (i < text.size() && i - pos < 3 && text[i] == ' ') ++i;
  if (i >= text.size() || (text[i] != '`' && text[i] != '~')) return 0;
  const char c = text[i];
  size_t n = 0;
  while (i + n < text.size() && text[i + n] == c) ++n;
  if (n < 3) return 0;
  *fence_char = c;
  return n;
}

// Skips a "(target)" after a link's "]"; pos points at "(". Returns the end.
size_t LinkTargetEnd(std::string_view text, size_t pos) {
  int depth = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return pos;
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && --depth == 0) return i + 1;
  }
  return pos;
}

void SkipMarkdownInline(std::string_view text, size_t begin, size_t end, Skipper* skipper) {
  for (size_t i = begin; i < end; ++i) {
    const char c = text[i];
    if (c == '`') {
      size_t run = 0;
      while (i + run < end && text[i + run] == '`') ++run;
      const std::string_view ticks = text.substr(i, run);
      const size_t close = text.substr(0, end).find(ticks, i + run);
      if (close == std::string_view::npos ||
          text.substr(i, close - i).find("\n\n") != std::string_view::npos) {
        i += run - 1;
        continue;
      }
      skipper->Skip(i, close + run);
      i = close + run - 1;
    } else if (c == '<') {
      if (StartsWith(text, i, "<!--")) {
        const size_t close = text.find("-->", i + 4);
        const size_t stop = close == std::string_view::npos ? text.size() : close + 3;
        skipper->Skip(i, stop);
        i = stop - 1;
        continue;
      }
      const size_t close = text.find('>', i);
      const bool tag_like = i + 1 < end && (std::isalpha(static_cast<unsigned char>(text[i + 1])) ||
                                            text[i + 1] == '/');
      if (tag_like && close != std::string_view::npos && close < end &&
          text.substr(i, close - i).find('\n') == std::string_view::npos) {
        skipper->Skip(i, close + 1);
        i = close;
      }
    } else if (c == ']' && i + 1 < end && text[i + 1] == '(') {
      const size_t stop = LinkTargetEnd(text, i + 1);
      skipper->Skip(i + 1, stop);
      if (stop > i + 1) i = stop - 1;
    }
  }
}

// A reference definition "[label]: target" skips its target.
bool SkipReferenceDefinition(std::string_view text, size_t line, size_t line_end, Skipper* skipper) {
  size_t i = line;
  while (i < line_end && text[i] == ' ') ++i;
  if (i >= line_end || text[i] != '[') return false;
  const size_t close = text.find("]:", i);
  if (close == std::string_view::npos || close >= line_end) return false;
  skipper->Skip(close + 2, line_end);
  return true;
}

void SkipMarkdown(std::string_view text, Skipper* skipper) {
  const size_t front = FrontMatterEnd(text, false);
  skipper->Skip(0, front);
  size_t pos = front;
  size_t paragraph_start = pos;
  while (pos < text.size()) {
    char fence_char = 0;
    const size_t fence = FenceLength(text, pos, &fence_char);
    if (fence > 0) {
      SkipMarkdownInline(text, paragraph_start, pos, skipper);
      size_t close = LineEnd(text, pos);
      while (close < text.size()) {
        char c = 0;
        const size_t n = FenceLength(text, close, &c);
        close = LineEnd(text, close);
        if (n >= fence && c == fence_char) break;
      }
      skipper->Skip(pos, close);
      pos = paragraph_start = close;
      continue;
    }
    const size_t line_end = LineEnd(text, pos);
    SkipReferenceDefinition(text, pos, line_end, skipper);
    pos = line_end;
  }
  SkipMarkdownInline(text, paragraph_start, text.size(), skipper);
}

}  // namespace

namespace {

// A segment longer than this is cut after a space (a line break, a sentence end
// where there is one): what checks build per segment stays small on a paragraph,
// or a file, of one line of megabytes.
constexpr size_t kMaxSegmentBytes = size_t{1} << 18;

void AddCut(std::string_view text, Span segment, std::vector<Span>* out) {
  while (segment.size() > kMaxSegmentBytes) {
    const std::string_view window = text.substr(segment.begin, kMaxSegmentBytes);
    size_t cut = window.rfind('\n');
    if (cut == std::string_view::npos || cut < kMaxSegmentBytes / 2) cut = window.rfind(". ");
    if (cut == std::string_view::npos || cut < kMaxSegmentBytes / 2) cut = window.rfind(' ');
    cut = cut == std::string_view::npos || cut == 0 ? kMaxSegmentBytes : cut + 1;
    while (cut < segment.size() && (static_cast<unsigned char>(text[segment.begin + cut]) & 0xC0) == 0x80) ++cut;
    out->push_back(Span{segment.begin, segment.begin + cut});
    segment.begin += cut;
  }
  if (!segment.empty()) out->push_back(segment);
}

}  // namespace

std::vector<Span> SegmentProse(const Document& document) {
  const std::string_view text = document.text();
  Skipper skipper(text);
  if (document.format() == DocumentFormat::kMarkdown) {
    SkipMarkdown(text, &skipper);
  } else {
    skipper.Skip(0, FrontMatterEnd(text, true));
  }
  skipper.SkipLinksIn(0, text.size());
  std::vector<Span> segments = skipper.Prose(StartsWith(text, 0, "\xEF\xBB\xBF") ? 3 : 0);
  if (std::none_of(segments.begin(), segments.end(), [](const Span& s) { return s.size() > kMaxSegmentBytes; })) {
    return segments;
  }
  std::vector<Span> cut;
  for (const Span& s : segments) AddCut(text, s, &cut);
  return cut;
}

}  // namespace translint
