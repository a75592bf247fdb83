// typography/space-before-punctuation: "Bishkek , Osh".
#include "check/prose_text.h"
#include "check/typography/typography_checks.h"

namespace translint {

namespace {

class SpaceBeforePunctuationCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "typography/space-before-punctuation", "White space before a comma, period, colon or closing bracket.",
        "Machine translation and pasted text often leave a space before punctuation. The space is removed by "
        "`fix`. An ellipsis, a decimal (\" .5\"), a file extension (\" .NET\") and, in French text, the space "
        "French typography puts before ; : ! ? are left alone.\n"
        "Before: Read more about: St. Petersburg , Migrants\n"
        "After:  Read more about: St. Petersburg, Migrants",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string_view text = context.document.text();
    const bool french = context.document.language() == "fr";
    for (const Span& line : ProseLines(context)) {
      size_t i = line.begin;
      while (i < line.end) {
        if (text[i] != ' ' && text[i] != '\t') {
          ++i;
          continue;
        }
        size_t end = i;
        while (end < line.end && (text[end] == ' ' || text[end] == '\t')) ++end;
        if (i > line.begin && end < line.end && Flags(text, end, line.end, french)) {
          Diagnostic d = Make(context.document, Span{i, end + 1},
                              "space before \"" + std::string(1, text[end]) + "\": remove it");
          d.fix.push_back(Edit{Span{i, end}, ""});
          sink->Report(std::move(d));
        }
        i = end;
      }
    }
  }

 private:
  // True when the punctuation at `at` should not have white space before it.
  static bool Flags(std::string_view text, size_t at, size_t line_end, bool french) {
    const char c = text[at];
    if (std::string_view(",.;:!?)]").find(c) == std::string_view::npos) return false;
    if (french && std::string_view(";:!?").find(c) != std::string_view::npos) return false;
    if (c == '.' && at + 1 < line_end && text[at + 1] == '.') return false;  // ellipsis
    if (at + 1 >= line_end) return true;
    size_t length;
    const int32_t next = CodePointAt(text, at + 1, &length);
    // ".5", ".NET", ":)" and the like are not punctuation after a word.
    return !(IsLetter(next) || (next >= '0' && next <= '9') || (c == ':' && next == ')'));
  }
};

}  // namespace

std::unique_ptr<Check> MakeSpaceBeforePunctuationCheck() { return std::make_unique<SpaceBeforePunctuationCheck>(); }

}  // namespace translint
