// script/untranslated: Cyrillic left in a Latin-script text.
#include <unicode/uscript.h>

#include "base/utf8.h"
#include "check/prose_text.h"
#include "check/script/homoglyphs.h"
#include "check/script/script_checks.h"

namespace translint {

namespace {

bool IsCyrillic(int32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return cp >= 0x80 && uscript_getScript(cp, &status) == USCRIPT_CYRILLIC;
}

class UntranslatedCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "script/untranslated", "Cyrillic text left untranslated in an English, German or French text.",
        "A run of Cyrillic words in a Latin-script article is usually a sentence or name the translation "
        "missed. An original given in parentheses or quotation marks after a name or term, \"Sadyr Japarov "
        "(Садыр Жапаров)\", is good practice and is not reported; a Cyrillic-script language of the document "
        "turns the check off. A lone Cyrillic letter that looks like a Latin one (\"22°С\" with a Cyrillic С) is "
        "fixed to the Latin letter.\n"
        "Before: The minister said: Мы не допустим этого.\n"
        "After:  The minister said: \"We will not allow this.\"",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string& language = context.document.language();
    if (language != "en" && language != "de" && language != "fr") return;
    const std::string_view text = context.document.text();
    for (const Span& line : ProseLines(context)) {
      ScanLine(text, line, IsCyrillic, [&](size_t begin, int32_t cp, size_t length) {
        Span run = CyrillicRun(text, line, begin);
        // A run that starts inside a word with Latin letters (Kанагат Бекович)
        // begins with that mixed word, script/mixed-script-word's case: the
        // Cyrillic words after it are still untranslated.
        size_t start;
        if (IsLetter(CodePointBefore(text, run.begin, &start))) {
          const size_t space = text.substr(run.begin, run.size()).find(' ');
          if (space == std::string_view::npos) return run.end;
          const size_t end = run.end;
          run.begin += space;
          while (run.begin < end && !IsCyrillic(CodePointAt(text, run.begin, &length))) run.begin += length;
          if (run.begin >= end) return end;
          cp = CodePointAt(text, run.begin, &length);
        }
        if (!InsideLatinWord(text, run) && !Explained(text, line, run)) Report(context, run, cp, length, sink);
        return run.end;
      });
    }
  }

 private:
  void Report(const CheckContext& context, Span run, int32_t first, size_t first_length, DiagnosticSink* sink) const {
    const std::string cyrillic(context.document.text().substr(run.begin, run.size()));
    const auto twin = CyrillicToLatin().find(first);
    if (run.size() == first_length && twin != CyrillicToLatin().end()) {  // "22°С": a look-alike letter
      std::string latin;
      AppendUtf8(twin->second, &latin);
      Diagnostic d = Make(context.document, run,
                          "Cyrillic letter \"" + cyrillic + "\" where the Latin \"" + latin + "\" is meant: retype it");
      d.fix.push_back(Edit{run, latin});
      sink->Report(std::move(d));
      return;
    }
    sink->Report(Make(context.document, run,
                      "untranslated Cyrillic \"" + cyrillic + "\": translate it, or give it in parentheses after its translation"));
  }

  // Cyrillic words from `begin`, joined by spaces, hyphens and punctuation inside the run.
  static Span CyrillicRun(std::string_view text, const Span& line, size_t begin) {
    size_t end = begin;
    size_t last_cyrillic_end = begin;
    while (end < line.end) {
      size_t length;
      const int32_t cp = CodePointAt(text, end, &length);
      if (IsCyrillic(cp)) {
        end += length;
        last_cyrillic_end = end;
      } else if (cp == ' ' || cp == '-' || cp == ',' || cp == '.' || IsCyrillicCombining(cp)) {
        end += length;
      } else if (IsLetter(cp)) {
        break;
      } else {
        end += length;
        if (!(cp >= '0' && cp <= '9')) break;
      }
    }
    return Span{begin, last_cyrillic_end};
  }

  // Cyrillic letters inside a Latin word are script/mixed-script-word's.
  static bool InsideLatinWord(std::string_view text, const Span& run) {
    size_t start, length;
    return IsLetter(CodePointBefore(text, run.begin, &start)) || IsLetter(CodePointAt(text, run.end, &length));
  }

  static bool IsCyrillicCombining(int32_t cp) { return cp == 0x0301 || cp == 0x0306; }

  // An original in parentheses or quotes ("(Садыр Жапаров)", «Свобода»).
  static bool Explained(std::string_view text, const Span& line, const Span& run) {
    size_t before = run.begin;
    while (before > line.begin && text[before - 1] == ' ') --before;
    size_t start;
    const int32_t open = CodePointBefore(text, before, &start);
    if (before == line.begin) return false;
    return open == '(' || open == '[' || open == '"' || open == 0x00AB || open == 0x201C || open == '\'' ||
           open == 0x2018 || open == ',' || open == '/';
  }
};

}  // namespace

std::unique_ptr<Check> MakeUntranslatedCheck() { return std::make_unique<UntranslatedCheck>(); }

}  // namespace translint
