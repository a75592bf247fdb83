// source/untranslated: a translation that is its source, or still in the
// source's alphabet.
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "base/utf8.h"
#include "check/source/source_checks.h"

namespace translint {

namespace {

std::string_view Trimmed(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r\n") + 1 - begin);
}

struct Letters {
  size_t cyrillic = 0, all = 0;
};

Letters CountLetters(std::string_view text) {
  Letters letters;
  for (size_t i = 0; i < text.size();) {
    size_t length;
    const int32_t cp = DecodeUtf8(text, i, &length);
    i += length;
    if (cp < 0 || !u_isalpha(cp)) continue;
    ++letters.all;
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(cp, &status) == USCRIPT_CYRILLIC) ++letters.cyrillic;
  }
  return letters;
}

size_t Words(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

class SourceUntranslatedCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "source/untranslated", "A translation is a copy of its source, or is still in the source's alphabet.",
        "A target equal to its source is an untranslated segment when the source has Cyrillic letters or three "
        "words or more (a brand name or \"OK\" may stay as it is); a target of an English, German or French text "
        "whose letters are mostly Cyrillic was not translated either. Either way the whole segment is reported "
        "once (not word by word, as script/untranslated would).\n"
        "Source: Пресс-служба президента\n"
        "Before: Пресс-служба президента\n"
        "After:  The president's press service",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const Document& document = context.document;
    const std::string& language = document.language();
    const bool latin = language == "en" || language == "de" || language == "fr";
    ForEachTranslated(context, [&](const TranslationUnit& unit, const SourceSide&) {
      const std::string_view target = document.text().substr(unit.target.begin, unit.target.size());
      const Letters letters = CountLetters(target);
      if (letters.all == 0) return;
      const bool copy = Trimmed(target) == Trimmed(unit.source) && (letters.cyrillic > 0 || Words(target) >= 3);
      const bool cyrillic = latin && letters.cyrillic * 2 > letters.all;
      if (!copy && !cyrillic) return;
      Diagnostic d = Make(document, unit.target,
                          copy ? "the translation is a copy of its source: translate it"
                               : "the translation is still in Cyrillic letters: translate it");
      d.notes.push_back(SourceNote(document, unit, Span{}, "the source"));
      sink->Report(std::move(d));
    });
  }
};

}  // namespace

std::unique_ptr<Check> MakeSourceUntranslatedCheck() { return std::make_unique<SourceUntranslatedCheck>(); }

}  // namespace translint
