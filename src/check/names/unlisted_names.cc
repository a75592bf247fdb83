#include "check/names/unlisted_names.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
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
  if (first < 0x80 && !(first >= 'A' && first <= 'Z')) return false;  // the common case: a lower-case word
  if (std::all_of(word.begin(), word.end(), [](char c) { return IsAsciiLetter(c) || c == '\''; })) {
    const size_t letters = word.size() - std::count(word.begin(), word.end(), '\'');
    const size_t upper = std::count_if(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return letters >= kMinLetters && upper < letters;  // ASCII: no need to decode
  }
  size_t letters = 0, upper = 0;
  for (size_t pos = 0; pos < word.size();) {
    size_t length;
    const int32_t cp = DecodeUtf8(word, pos, &length);
    pos += length;
    if (cp == '\'' || cp == 0x2019) continue;
    if (!IsLatinLetter(cp)) return false;
    if (letters == 0 && !IsUpper(cp)) return false;
    ++letters;
    upper += IsUpper(cp) ? 1 : 0;
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

bool IsRightQuote(std::string_view text, size_t at) {
  return at + 3 <= text.size() && text[at] == '\xE2' && text[at + 1] == '\x80' && text[at + 2] == '\x99';
}

// Whether the code point that ends just before `at` is a word character, or an
// apostrophe inside a word (d'Estaing is one word).
bool WordCharBefore(std::string_view text, size_t at) {
  if (at >= 2 && text[at - 1] == '\'') return WordCharBefore(text, at - 1);
  if (at >= 4 && IsRightQuote(text, at - 3)) return WordCharBefore(text, at - 3);
  if (at == 0) return false;
  size_t lead = at - 1;
  while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  size_t length;
  return IsWordByte(text, lead, &length);
}

// The end of the word that starts at `begin`: letters, marks and digits, with
// apostrophes inside it.
size_t WordEnd(std::string_view text, size_t begin, size_t limit) {
  size_t end = begin, length;
  while (end < limit) {
    if (IsWordByte(text, end, &length)) {
      end += length;
      continue;
    }
    const size_t apostrophe = text[end] == '\'' ? 1 : IsRightQuote(text, end) ? 3 : 0;
    if (apostrophe == 0 || end + apostrophe >= limit || !IsWordByte(text, end + apostrophe, &length)) break;
    end += apostrophe;
  }
  return end;
}

// Bytes that may start a name: capital ASCII letters and non-ASCII lead bytes.
constexpr std::array<bool, 256> kMayStartName = [] {
  std::array<bool, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = true;
  for (int c = 0xC0; c < 256; ++c) table[c] = true;
  return table;
}();

// Calls visit(span, spaced) for every word of `segment` that may be a name (it
// starts with a capital or a non-ASCII letter). A word is a run of letters,
// marks and digits, with apostrophes inside it, without a possessive "'s";
// `spaced` says only white space with at most one line break separates it
// from the previous word, so the previous word may be a given name. Lower-case
// words are skipped byte by byte without being read: they cannot be names, and
// one between two names makes the gap no longer white space.
template <typename Visit>
void ScanWords(std::string_view text, Span segment, Visit visit) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t pos = segment.begin, gap_start = segment.begin;
  bool first = true;
  while (pos < segment.end) {
    while (pos < segment.end && !kMayStartName[bytes[pos]]) ++pos;
    if (pos >= segment.end) break;
    size_t length;
    if (!IsWordByte(text, pos, &length)) {  // a non-ASCII symbol or space
      pos += length;
      continue;
    }
    if (WordCharBefore(text, pos)) {  // inside a lower-case word (naïve, iPhone)
      pos = WordEnd(text, pos, segment.end);
      continue;
    }
    const size_t begin = pos, end = WordEnd(text, pos, segment.end);
    Span word{begin, end};
    if (word.size() > 2 && text[end - 1] == 's' && text[end - 2] == '\'') word.end -= 2;
    if (word.size() > 4 && text[end - 1] == 's' && IsRightQuote(text, end - 4)) word.end -= 4;
    const std::string_view gap = text.substr(gap_start, begin - gap_start);
    const bool spaced = !first && !gap.empty() && gap.find_first_not_of(" \t\r\n") == std::string_view::npos &&
                        std::count(gap.begin(), gap.end(), '\n') <= 1;
    visit(word, spaced);
    first = false;
    pos = gap_start = end;
  }
}

// The candidate keys of spellings; each thread remembers the ones it computed
// (an archive repeats its names), up to a bound checked between documents so
// that references stay valid while one document is read.
class CandidateCache {
 public:
  static CandidateCache& ForThread(const std::string& language) {
    constexpr size_t kLimit = 1 << 16;
    thread_local CandidateCache cache;
    if (cache.keys_.size() > kLimit || cache.language_ != language) {
      cache.keys_.clear();
      cache.language_ = language;
    }
    return cache;
  }
  const std::vector<std::string>& Of(std::string_view spelling) {
    lookup_.assign(spelling);  // reuses its buffer: no allocation when the spelling is known
    auto [it, fresh] = keys_.try_emplace(lookup_);
    if (fresh) it->second = ReadName(spelling, language_).Candidates();
    return it->second;
  }

 private:
  std::string language_, lookup_;
  std::unordered_map<std::string, std::vector<std::string>> keys_;
};

bool EqualIgnoringAsciiCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// The spellings that may form a cluster: those sharing a candidate key with
// another spelling (any spelling, across documents), by index of `spellings`.
// Asking the dictionary costs microseconds a word, so it is asked only about these.
std::vector<bool> MayCluster(const std::vector<std::string_view>& spellings, const std::string& language,
                             NameScope scope) {
  CandidateCache& cache = CandidateCache::ForThread(language);
  struct Seen {
    std::string_view first;
    bool several = false;
  };
  std::unordered_map<std::string_view, Seen> by_candidate;
  by_candidate.reserve(2 * spellings.size());
  std::vector<const std::vector<std::string>*> keys;
  keys.reserve(spellings.size());
  for (std::string_view spelling : spellings) {
    keys.push_back(&cache.Of(spelling));
    for (const std::string& c : *keys.back()) {
      auto [it, fresh] = by_candidate.try_emplace(c, Seen{spelling});
      if (!fresh && !EqualIgnoringAsciiCase(it->second.first, spelling)) it->second.several = true;
    }
  }
  std::vector<bool> may(spellings.size());
  for (size_t i = 0; i < spellings.size(); ++i) {
    bool several = scope != NameScope::kWithinDocument;
    for (const std::string& c : *keys[i]) several = several || by_candidate.find(c)->second.several;
    may[i] = several;
  }
  return may;
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
      const Span before = previous;
      const Span given = spaced ? previous : Span{0, 0};
      previous = Span{0, 0};
      const std::string_view word = text.substr(span.begin, span.size());
      if (!LooksLikeName(word) || InsideMention(context.mentions, span)) return;
      // The second part of a hyphenated name (Kassym-Jomart) is no name of its
      // own, nor is the first: the compound is one given name.
      if (!before.empty() && before.end + 1 == span.begin && text[before.end] == '-') {
        if (!raw.empty() && raw.back().word == before) raw.pop_back();
        previous = Span{before.begin, span.end};
        return;
      }
      previous = span;
      if (context.speller == nullptr && SentenceStart(text, span.begin)) return;  // maybe "The"
      if (scope == NameScope::kFullNames && given.empty()) return;
      raw.push_back(Raw{span, given});
    });
  }
  const auto view = [&](Span s) { return text.substr(s.begin, s.size()); };
  // Per distinct spelling: whether it is wanted (may cluster and is no common
  // word: capitalized "Then" is dropped), and whether it is a dictionary word as written.
  struct Verdict {
    bool wanted = true, known_word = false;
  };
  std::unordered_map<std::string_view, uint32_t> index;  // spelling -> its place in `spellings`
  index.reserve(raw.size());
  std::vector<std::string_view> spellings;
  std::vector<uint32_t> spelling_of(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    const auto [it, fresh] = index.try_emplace(view(raw[i].word), static_cast<uint32_t>(spellings.size()));
    if (fresh) spellings.push_back(it->first);
    spelling_of[i] = it->second;
  }
  std::vector<Verdict> verdicts(spellings.size());
  const bool german = context.document.language() == "de";
  if (context.speller != nullptr) {
    const std::vector<bool> may = MayCluster(spellings, context.document.language(), scope);
    for (size_t s = 0; s < spellings.size(); ++s) {
      const std::string spelling(spellings[s]);
      Verdict& verdict = verdicts[s];
      // German capitalizes its nouns: "Regierung" is a common word as written.
      verdict.wanted = may[s] && !context.speller->IsDictionaryWord(LowerCase(spelling)) &&
                       !(german && context.speller->IsDictionaryWord(spelling));
      verdict.known_word = verdict.wanted && context.speller->IsDictionaryWord(spelling);
    }
  }
  std::vector<NameOccurrence> found;
  for (size_t i = 0; i < raw.size(); ++i) {
    const Raw& r = raw[i];
    const std::string_view word = view(r.word);
    const Verdict& verdict = verdicts[spelling_of[i]];
    if (!verdict.wanted) continue;
    NameOccurrence o{std::string(word), std::string(view(r.given)), r.word, Span{}, 0, verdict.known_word};
    if (context.speller != nullptr && !o.given.empty() && context.speller->IsDictionaryWord(LowerCase(o.given))) {
      o.given.clear();
    }
    if (scope == NameScope::kFullNames && o.given.empty()) continue;
    o.given_span = r.given;
    found.push_back(std::move(o));
  }
  return found;
}

}  // namespace translint
