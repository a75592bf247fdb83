// structure/duplicate-paragraph: a paragraph or caption pasted twice.
#include <algorithm>
#include <unordered_map>

#include "check/prose_text.h"
#include "check/structure/structure_checks.h"
#include "text/normalized_text.h"

namespace translint {

namespace {

constexpr size_t kMinLength = 40;  // bytes; shorter lines ("Continue", "Read more") repeat legitimately
constexpr size_t kMinWordsRepeatedAtOnce = 3;  // a short caption pasted right after itself
constexpr size_t kMaxLength = size_t{1} << 16;  // no paragraph is longer: a longer line is a run-on input, cut in pieces

class DuplicateParagraphCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "structure/duplicate-paragraph", "A paragraph or caption that appears twice in one document.",
        "Scraped articles repeat image captions and leads. Lines of at least 40 characters that are equal after "
        "folding case and white space are reported at the repeat, with a note at the first; a shorter line of "
        "three words or more is reported when it directly follows itself (a caption pasted twice). `fix` "
        "deletes a repeat that directly follows its original; other repeats are left to the editor.\n"
        "Before: Putin at the meeting. (AFP)\n        Putin at the meeting. (AFP)\n"
        "After:  Putin at the meeting. (AFP)",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string_view text = context.document.text();
    std::unordered_map<std::string, Span> seen;
    Span previous{};
    std::string previous_key;
    for (const Span& line : ProseLines(context)) {
      const Span trimmed = Trim(text, line);
      if (trimmed.size() > kMaxLength) continue;
      std::string key = Key(text.substr(trimmed.begin, trimmed.size()));
      if (key.empty()) continue;
      const bool short_repeat = key.size() < kMinLength && key == previous_key &&
                                static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1 >= kMinWordsRepeatedAtOnce;
      if (key.size() >= kMinLength || short_repeat) {
        const auto [it, first] = seen.emplace(key, trimmed);
        if (!first || short_repeat) Report(context, short_repeat ? previous : it->second, previous, trimmed, sink);
      }
      previous = trimmed;
      previous_key = std::move(key);
    }
  }

 private:
  void Report(const CheckContext& context, Span original, Span previous, Span repeat, DiagnosticSink* sink) const {
    Diagnostic d = Make(context.document, repeat, "this paragraph repeats an earlier one: delete the repeat");
    d.notes.push_back(Note{LocationOf(context.document, original), "first written here"});
    if (original == previous) d.fix.push_back(Edit{Span{previous.end, repeat.end}, ""});
    sink->Report(std::move(d));
  }

  static Span Trim(std::string_view text, Span line) {
    while (line.begin < line.end && (text[line.begin] == ' ' || text[line.begin] == '\t')) ++line.begin;
    while (line.end > line.begin && (text[line.end - 1] == ' ' || text[line.end - 1] == '\t')) --line.end;
    return line;
  }

  static std::string Key(std::string_view line) {
    const std::string folded = FoldForMatching(line);
    std::string key;
    for (char c : folded) {
      if (c == ' ' || c == '\t') {
        if (!key.empty() && key.back() != ' ') key.push_back(' ');
      } else {
        key.push_back(c);
      }
    }
    return key;
  }
};

}  // namespace

std::unique_ptr<Check> MakeDuplicateParagraphCheck() { return std::make_unique<DuplicateParagraphCheck>(); }

}  // namespace translint
