// spelling/unknown-word: a word that is not in the dictionary.
#include "check/spelling/unknown_word_check.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "base/utf8.h"
#include "text/normalized_text.h"
#include "text/tokenizer.h"

namespace translint {

namespace {

constexpr size_t kSuggestions = 3;

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
        "Checked with Hunspell (en_US for English by default; `spelling: dictionary:` in .translint.yaml picks "
        "another installed one, and `words:` / `wordlist:` add the project's words). Every word of every name in "
        "the rule tables is known. A capitalized unknown word is most likely a name and is info; a lower-case "
        "one is a warning with Hunspell's suggestions. Acronyms, words with digits and other alphabets are not "
        "checked.\n"
        "Before: the goverment said\n"
        "After:  the government said",
        Severity::kWarning, CheckScope::kDocument, false};
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
    for (const Span& segment : context.prose) {
      const NormalizedText folded(text.substr(segment.begin, segment.size()), segment.begin);
      for (const Token& token : Tokenize(folded.folded())) {
        const Span span = folded.OriginalSpan(token.begin, token.end);
        std::string word(text.substr(span.begin, span.size()));
        bool capitalized;
        if (!Checkable(word, &capitalized)) continue;
        for (size_t at; (at = word.find("\xE2\x80\x99")) != std::string::npos;) word.replace(at, 3, "'");
        if (context.speller->IsCorrect(word)) continue;
        Report(context, span, word, capitalized, sink);
      }
    }
  }

 private:
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
