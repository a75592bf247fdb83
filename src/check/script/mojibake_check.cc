// script/mojibake: text decoded with the wrong character set.
#include <unicode/ucnv.h>

#include "base/utf8.h"
#include "check/prose_text.h"
#include "check/script/script_checks.h"
#include "match/regex_scan.h"

namespace translint {

namespace {

// Re-encodes `text` with `from` (the wrong decoding) and decodes the bytes with
// `to`; "" when it does not round-trip.
std::string Redecode(const std::string& text, const char* from, const char* to) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString wrong = icu::UnicodeString::fromUTF8(text);
  std::string bytes(static_cast<size_t>(wrong.length()) * 4 + 4, '\0');
  UConverter* encoder = ucnv_open(from, &status);
  ucnv_setFromUCallBack(encoder, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  const int32_t n = ucnv_fromUChars(encoder, bytes.data(), static_cast<int32_t>(bytes.size()), wrong.getBuffer(),
                                    wrong.length(), &status);
  ucnv_close(encoder);
  if (U_FAILURE(status)) return "";
  bytes.resize(static_cast<size_t>(n));
  if (std::string(to) == "UTF-8") return FindInvalidUtf8(bytes) == std::string::npos ? bytes : "";
  UConverter* decoder = ucnv_open(to, &status);
  ucnv_setToUCallBack(decoder, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> out(bytes.size() + 1);
  const int32_t m = ucnv_toUChars(decoder, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                                  static_cast<int32_t>(bytes.size()), &status);
  ucnv_close(decoder);
  if (U_FAILURE(status)) return "";
  std::string result;
  icu::UnicodeString(out.data(), m).toUTF8String(result);
  return result;
}

class MojibakeCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "script/mojibake", "Text decoded with the wrong character set (mojibake).",
        "UTF-8 read as Windows-1252 turns \"’\" into \"â€™\" and Cyrillic into \"Ð¿Ñ€Ð¸\"; Windows-1251 read as "
        "Latin-1 turns Cyrillic into \"Ïåðåâåäåíî\". When re-decoding the run gives clean text, `fix` restores "
        "it.\n"
        "Before: the court said it wasnâ€™t\n"
        "After:  the court said it wasn’t",
        Severity::kError, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    // UTF-8 seen as Windows-1252: a lead byte (Ã Â Ð Ñ â ...) followed by a continuation-byte character.
    static const auto kUtf8AsLatin = CompileBuiltinRegex(
        "(?:[\\u00C2-\\u00DF][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
        "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]|\\u00E2\\u20AC"
        "[\\u0080-\\u00BF\\u2122\\u0153\\u009D\\u201C\\u201D\\u02DC\\u2018\\u2019\\u00A6\\u00A2\\u00A1\\u201A])+");
    // Windows-1251 seen as Latin-1: words made only of À-ÿ letters (three or more).
    static const auto kCp1251AsLatin = CompileBuiltinRegex("[\\u00C0-\\u00FF]{3,}(?:[ ,.]+[\\u00C0-\\u00FF]{2,})*(?!\\p{L})");
    const std::string_view text = context.document.text();
    // Both kinds of mojibake need characters U+0080-U+00FF (UTF-8 lead byte 0xC2 or 0xC3).
    if (text.find('\xC2') == std::string_view::npos && text.find('\xC3') == std::string_view::npos) return;
    for (const Span& segment : context.prose) {
      ScanRegex(*kUtf8AsLatin, text, segment, [&](const RegexHit& hit) {
        Report(context, hit, Redecode(hit.groups[0], "windows-1252", "UTF-8"), "UTF-8 read as Windows-1252", sink);
      });
      ScanRegex(*kCp1251AsLatin, text, segment, [&](const RegexHit& hit) {
        size_t start;
        if (IsLetter(CodePointBefore(text, hit.span.begin, &start)) || !LooksLikeCp1251(hit.groups[0])) return;
        Report(context, hit, Redecode(hit.groups[0], "ISO-8859-1", "windows-1251"), "Windows-1251 read as Latin-1",
               sink);
      });
    }
  }

 private:
  // Real French/German words are mostly ASCII with a few accents; Cyrillic read
  // as Latin-1 has no ASCII letters and many of à-ÿ (а-я).
  static bool LooksLikeCp1251(const std::string& run) {
    const icu::UnicodeString s = icu::UnicodeString::fromUTF8(run);
    int letters = 0, lower_cyr = 0;
    for (int32_t i = 0; i < s.length(); ++i) {
      const UChar c = s.charAt(i);
      if (c >= 0xC0 && c <= 0xFF) {
        ++letters;
        lower_cyr += c >= 0xE0;
      }
    }
    return letters >= 4 && lower_cyr * 2 >= letters;
  }

  void Report(const CheckContext& context, const RegexHit& hit, const std::string& repaired, const char* how,
              DiagnosticSink* sink) const {
    std::string message = "mojibake \"" + hit.groups[0] + "\" (" + how + ")";
    Diagnostic d = Make(context.document, hit.span, message);
    if (!repaired.empty() && repaired != hit.groups[0]) {
      d.message += ": it reads \"" + repaired + "\"";
      d.fix.push_back(Edit{hit.span, repaired});
    } else {
      d.message += ": re-export the source as UTF-8";
    }
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeMojibakeCheck() { return std::make_unique<MojibakeCheck>(); }

}  // namespace translint
