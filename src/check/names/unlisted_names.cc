#include "check/names/unlisted_names.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <set>
#include <unordered_map>
#include <cctype>

#include "base/utf8.h"
#include "text/normalized_text.h"
#include "text/tokenizer.h"
#include "translit/name_key.h"

namespace translint {

namespace {

constexpr size_t kMinLetters = 3;

// Capitalized, Latin letters (and inner apostrophes), not all capitals.
bool LooksLikeName(std::string_view word) {
  const unsigned char first = word.empty() ? 0 : word[0];
  if (first < 0x80 && !std::isupper(first)) return false;  // the common case: a lower-case word
  size_t letters = 0, upper = 0;
  for (size_t pos = 0; pos < word.size();) {
    size_t length;
    const int32_t cp = DecodeUtf8(word, pos, &length);
    pos += length;
    if (cp == '\'' || cp == 0x2019) continue;
    UErrorCode status = U_ZERO_ERROR;
    if (cp < 0 || !u_isalpha(cp) || uscript_getScript(cp, &status) != USCRIPT_LATIN) return false;
    if (letters == 0 && !u_isupper(cp)) return false;
    ++letters;
    upper += u_isupper(cp) ? 1 : 0;
  }
  return letters >= kMinLetters && upper < letters;
}

bool InsideMention(const std::vector<Mention>& mentions, Span word) {
  // Mentions are sorted by position and do not overlap.
  auto it = std::upper_bound(mentions.begin(), mentions.end(), word.begin,
                             [](size_t at, const Mention& m) { return at < m.span.begin; });
  return it != mentions.begin() && std::prev(it)->span.end > word.begin;
}

bool SentenceStart(std::string_view text, size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '"' || text[at - 1] == '\t')) --at;
  return at == 0 || text[at - 1] == '.' || text[at - 1] == '\n' || text[at - 1] == '!' || text[at - 1] == '?';
}

constexpr std::array<bool, 128> kAsciiWord = [] {
  std::array<bool, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return table;
}();

bool IsWordByte(std::string_view text, size_t pos, size_t* length) {
  const unsigned char c = text[pos];
  if (c < 0x80) {
    *length = 1;
    return kAsciiWord[c];
  }
  const int32_t cp = DecodeUtf8(text, pos, length);
  return cp >= 0 && IsWordCodePoint(cp);
}

// Calls visit(span, spaced) for every word of `segment`: a run of letters, marks
// and digits, with apostrophes inside it, without a possessive "'s". `spaced`
// says only white space with at most one line break separates it from the
// previous word. Cheaper than NormalizedText + Tokenize: names need no folding.
template <typename Visit>
void ScanWords(std::string_view text, Span segment, Visit visit) {
  size_t pos = segment.begin, gap_start = segment.begin;
  bool first = true;
  while (pos < segment.end) {
    size_t length;
    if (!IsWordByte(text, pos, &length)) {
      pos += length;
      continue;
    }
    const size_t begin = pos;
    size_t end = pos + length;
    while (end < segment.end) {
      if (IsWordByte(text, end, &length)) {
        end += length;
        continue;
      }
      const size_t apostrophe = text[end] == '\'' ? 1 : text.compare(end, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
      if (apostrophe == 0 || end + apostrophe >= segment.end || !IsWordByte(text, end + apostrophe, &length)) break;
      end += apostrophe;
    }
    Span word{begin, end};
    for (std::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
      if (word.size() > possessive.size() && text.compare(end - possessive.size(), possessive.size(), possessive) == 0) {
        word.end -= possessive.size();
      }
    }
    const std::string_view gap = text.substr(gap_start, begin - gap_start);
    const bool spaced = !first && !gap.empty() && gap.find_first_not_of(" \t\r\n") == std::string_view::npos &&
                        std::count(gap.begin(), gap.end(), '\n') <= 1;
    visit(word, spaced);
    first = false;
    pos = gap_start = end;
  }
}

// The candidate keys of a spelling; each thread remembers the ones it computed
// (an archive repeats its names), up to a bound.
const std::vector<std::string>& CandidatesOf(std::string_view spelling, const std::string& language) {
  constexpr size_t kCacheLimit = 1 << 16;
  thread_local std::string cached_language;
  thread_local std::unordered_map<std::string, std::vector<std::string>> cache;
  if (cache.size() > kCacheLimit || cached_language != language) {
    cache.clear();
    cached_language = language;
  }
  auto [it, fresh] = cache.try_emplace(std::string(spelling));
  if (fresh) it->second = ReadName(spelling, language).Candidates();
  return it->second;
}

}  // namespace

std::vector<NameOccurrence> FindUnlistedNames(const CheckContext& context, NameScope scope) {
  const std::string_view text = context.document.text();
  struct Raw {
    Span word, given;  // given is empty when there is none
  };
  std::vector<Raw> raw;
  for (const Span& segment : context.prose) {
    Span previous{0, 0};  // the previous word when it may be a given name
    ScanWords(text, segment, [&](Span span, bool spaced) {
      const Span given = spaced ? previous : Span{0, 0};
      previous = Span{0, 0};
      const std::string_view word = text.substr(span.begin, span.size());
      if (!LooksLikeName(word) || InsideMention(context.mentions, span)) return;
      previous = span;
      if (context.speller == nullptr && SentenceStart(text, span.begin)) return;  // maybe "The"
      raw.push_back(Raw{span, given});
    });
  }
  const auto view = [&](Span s) { return text.substr(s.begin, s.size()); };
  // Asking the dictionary costs microseconds a word, so within a document it is
  // asked only about spellings that share a candidate key with another spelling:
  // only they can form a cluster. Capitalized common words ("Then") are dropped, as given names too.
  std::unordered_map<std::string_view, bool> wanted;  // spelling -> may cluster and is no common word
  if (context.speller != nullptr) {
    std::unordered_map<std::string_view, std::vector<std::string>> candidates;
    for (const Raw& r : raw) candidates.emplace(view(r.word), std::vector<std::string>{});
    std::unordered_map<std::string, std::set<std::string>> spellings_by_candidate;
    for (auto& [spelling, keys] : candidates) {
      keys = CandidatesOf(spelling, context.document.language());
      for (const std::string& c : keys) spellings_by_candidate[c].insert(LowerCase(spelling));
    }
    for (const auto& [spelling, keys] : candidates) {
      bool may_cluster = false;
      for (const std::string& c : keys) may_cluster = may_cluster || spellings_by_candidate[c].size() > 1;
      may_cluster = may_cluster || scope == NameScope::kAcrossDocuments;
      wanted[spelling] = may_cluster && !context.speller->IsDictionaryWord(LowerCase(spelling));
    }
  }
  std::vector<NameOccurrence> found;
  for (const Raw& r : raw) {
    const std::string_view word = view(r.word);
    if (context.speller != nullptr && !wanted[word]) continue;
    NameOccurrence o{std::string(word), std::string(view(r.given)), r.word, 0, false};
    if (context.speller != nullptr) {
      o.known_word = context.speller->IsDictionaryWord(o.spelling);
      if (!o.given.empty() && context.speller->IsDictionaryWord(LowerCase(o.given))) o.given.clear();
    }
    found.push_back(std::move(o));
  }
  return found;
}

}  // namespace translint
