// typography/double-space: two or more spaces between words.
#include "check/prose_text.h"
#include "check/typography/typography_checks.h"

namespace translint {

namespace {

class DoubleSpaceCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "typography/double-space", "Two or more spaces between words.",
        "Runs of spaces inside a line are collapsed to one by `fix`. Indentation, spaces at the end of a line "
        "(a Markdown line break), tables and the old two spaces after a sentence are left alone.\n"
        "Before: the  Kyrgyz parliament\n"
        "After:  the Kyrgyz parliament",
        Severity::kInfo, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string_view text = context.document.text();
    for (const Span& line : ProseLines(context)) {
      const std::string_view content = text.substr(line.begin, line.size());
      if (content.find('|') != std::string_view::npos || content.find('\t') != std::string_view::npos) continue;
      size_t i = content.find_first_not_of(' ');
      while (i != std::string_view::npos && i < content.size()) {
        const size_t run = content.find("  ", i);
        if (run == std::string_view::npos) break;
        size_t end = run;
        while (end < content.size() && content[end] == ' ') ++end;
        const bool after_sentence = run > 0 && std::string_view(".!?:").find(content[run - 1]) != std::string_view::npos;
        if (end < content.size() && !after_sentence) {
          Diagnostic d = Make(context.document, Span{line.begin + run, line.begin + end},
                              std::to_string(end - run) + " spaces between words: use one");
          d.fix.push_back(Edit{Span{line.begin + run, line.begin + end}, " "});
          sink->Report(std::move(d));
        }
        i = end;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeDoubleSpaceCheck() { return std::make_unique<DoubleSpaceCheck>(); }

}  // namespace translint
