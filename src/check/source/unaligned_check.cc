// source/unaligned: a translation whose paragraphs cannot be paired with its source's.
#include "check/source/source_checks.h"

namespace translint {

namespace {

class UnalignedCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "source/unaligned", "A translation and its source file have too different paragraph counts to pair.",
        "A Markdown or text translation is compared with its source file (article.ru.md beside article.en.md, or "
        "the same path under --source DIR) paragraph by paragraph. When the paragraph counts differ by more than "
        "two and a tenth, a paragraph was merged, split or lost on a large scale and no pairing is safe: this "
        "finding says so and the other source/ checks do not run on the file.\n"
        "Before: article.en.md has 3 paragraphs, article.ru.md 12\n"
        "After:  the translation has a paragraph for each of the source's",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const Document& document = context.document;
    if (document.alignment_problem().empty()) return;
    sink->Report(Make(document, Span{0, 0}, document.alignment_problem()));
  }
};

}  // namespace

std::unique_ptr<Check> MakeUnalignedCheck() { return std::make_unique<UnalignedCheck>(); }

}  // namespace translint
