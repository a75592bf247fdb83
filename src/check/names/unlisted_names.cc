#include "check/names/unlisted_names.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "base/utf8.h"
#include "text/normalized_text.h"
#include "text/tokenizer.h"

namespace translint {

namespace {

constexpr size_t kMinLetters = 3;

// Capitalized, Latin letters (and inner apostrophes), not all capitals.
bool LooksLikeName(std::string_view word) {
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

std::string Lower(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
  u.toLower();
  std::string out;
  u.toUTF8String(out);
  return out;
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

}  // namespace

std::vector<NameOccurrence> FindUnlistedNames(const CheckContext& context) {
  const std::string_view text = context.document.text();
  std::vector<NameOccurrence> found;
  for (const Span& segment : context.prose) {
    const NormalizedText folded(text.substr(segment.begin, segment.size()), segment.begin);
    const std::vector<Token> tokens = Tokenize(folded.folded());
    std::string previous;  // the previous token when it qualified as a name
    for (const Token& token : tokens) {
      const Span span = folded.OriginalSpan(token.begin, token.end);
      const std::string_view word = text.substr(span.begin, span.size());
      const std::string given = token.join == Join::kSpace ? previous : std::string();
      previous.clear();
      if (!LooksLikeName(word) || InsideMention(context.mentions, span)) continue;
      bool known_word = false;
      if (context.speller != nullptr) {
        if (context.speller->IsDictionaryWord(Lower(word))) continue;  // a common word, capitalized
        known_word = context.speller->IsDictionaryWord(std::string(word));
      } else if (SentenceStart(text, span.begin)) {
        previous = std::string(word);  // maybe a given name, maybe "The": not a name on its own
        continue;
      }
      found.push_back(NameOccurrence{std::string(word), given, span, 0, known_word});
      previous = std::string(word);
    }
  }
  return found;
}

}  // namespace translint
