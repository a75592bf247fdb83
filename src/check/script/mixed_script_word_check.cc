// script/mixed-script-word: Cyrillic letters inside a Latin word, or the reverse.
#include <unicode/uscript.h>

#include <algorithm>
#include <map>

#include "base/utf8.h"
#include "check/prose_text.h"
#include "check/script/homoglyphs.h"
#include "check/script/script_checks.h"
#include "translit/scheme_set.h"

namespace translint {

namespace {

UScriptCode ScriptOf(int32_t cp) {
  if (cp >= 0 && cp < 0x80) return IsAsciiLetter(cp) ? USCRIPT_LATIN : USCRIPT_COMMON;
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(cp, &status);
}

class MixedScriptWordCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "script/mixed-script-word", "A word mixing Latin and Cyrillic letters.",
        "Look-alike letters (Cyrillic а е о р с х in a Latin word, Latin a e o p c x in a Cyrillic one) come "
        "from keyboard switching and OCR, and break search and spell checking. `fix` replaces the odd letters "
        "when every one of them has an identical twin in the word's main alphabet. A word that is mostly "
        "Cyrillic in an English, German or French text (Kанагат) is a name left untranslated: the fix is its "
        "romanization in the press convention of the document's language (Kanagat), "
        "not an all-Cyrillic word.\n"
        "Before: Bishkеk (with a Cyrillic е)\n"
        "After:  Bishkek",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string_view text = context.document.text();
    for (const Span& line : ProseLines(context)) {
      ScanLine(text, line, IsLetter, [&](size_t begin, int32_t, size_t) {
        size_t end = begin;
        size_t length;
        while (end < line.end && IsLetter(CodePointAt(text, end, &length))) end += length;
        CheckWord(context, Span{begin, end}, sink);
        return end;
      });
    }
  }

 private:
  // The word with its Latin look-alikes made Cyrillic, romanized by the Russian
  // press scheme of the document's language ("" without schemes).
  static std::string Romanized(const CheckContext& context, const std::string& surface, const std::vector<Edit>& edits,
                               size_t begin) {
    if (context.schemes == nullptr) return "";
    const std::string& language = context.document.language();
    const std::string id = language == "de" ? "ru-Latn-de" : language == "fr" ? "ru-Latn-fr" : "ru-Latn-wikipedia";
    std::string cyrillic = surface;
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
      cyrillic.replace(it->span.begin - begin, it->span.size(), it->replacement);
    }
    for (const Scheme* scheme : context.schemes->ForLanguage("ru")) {
      if (scheme->id == id) return scheme->Apply(cyrillic);
    }
    return "";
  }

  void CheckWord(const CheckContext& context, Span word, DiagnosticSink* sink) const {
    const std::string_view text = context.document.text();
    const std::string_view bytes = text.substr(word.begin, word.size());
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      return;  // ASCII letters are all Latin
    }
    struct Letter {
      size_t offset, length;
      int32_t cp;
      UScriptCode script;
    };
    std::vector<Letter> letters;
    size_t latin = 0, cyrillic = 0;
    for (size_t i = word.begin; i < word.end;) {
      size_t length;
      const int32_t cp = CodePointAt(text, i, &length);
      const UScriptCode script = ScriptOf(cp);
      latin += script == USCRIPT_LATIN;
      cyrillic += script == USCRIPT_CYRILLIC;
      letters.push_back({i, length, cp, script});
      i += length;
    }
    if (latin == 0 || cyrillic == 0) return;
    const bool mostly_latin = latin >= cyrillic;
    const UScriptCode odd = mostly_latin ? USCRIPT_CYRILLIC : USCRIPT_LATIN;
    const auto& twins = mostly_latin ? CyrillicToLatin() : LatinToCyrillic();
    std::vector<Edit> edits;
    bool sure = true;
    for (const Letter& l : letters) {
      if (l.script != odd) continue;
      const auto twin = twins.find(l.cp);
      if (twin == twins.end()) {
        sure = false;
        continue;
      }
      std::string replacement;
      AppendUtf8(twin->second, &replacement);
      edits.push_back(Edit{Span{l.offset, l.offset + l.length}, replacement});
    }
    const std::string surface(text.substr(word.begin, word.size()));
    std::string message = "\"" + surface + "\" mixes Latin and Cyrillic letters (" + std::to_string(mostly_latin ? cyrillic : latin) +
                          (mostly_latin ? " Cyrillic" : " Latin") + " in a " + (mostly_latin ? "Latin" : "Cyrillic") +
                          " word)";
    Diagnostic d = Make(context.document, word, message);
    if (sure && !mostly_latin && context.document.language() != "ru") {
      const std::string romanized = Romanized(context, surface, edits, word.begin);
      if (!romanized.empty()) {
        d.message += ": write its romanization \"" + romanized + "\"";
        d.fix.push_back(Edit{word, romanized});
        sink->Report(std::move(d));
        return;
      }
    }
    if (sure) {
      d.fix = edits;
      std::string fixed = surface;
      for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        fixed.replace(it->span.begin - word.begin, it->span.size(), it->replacement);
      }
      d.message += ": write \"" + fixed + "\"";
    } else {
      d.message += ": retype it in one alphabet";
    }
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeMixedScriptWordCheck() { return std::make_unique<MixedScriptWordCheck>(); }

}  // namespace translint
