// source/number-mismatch: a number of the source that the translation lost,
// changed or scaled.
#include <algorithm>

#include "check/source/source_checks.h"

namespace translint {

namespace {

bool Matches(const NumberValue& target, double value) {
  return std::any_of(target.values.begin(), target.values.end(), [&](double v) { return SameNumber(v, value); });
}

// A target number that reads the source's value times a power of 1000.
bool Scaled(const NumberValue& target, double value) {
  for (double factor : {1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9}) {
    if (Matches(target, value * factor)) return true;
  }
  return false;
}

// The first unused target number that matches any reading of `n` (a decade's
// "1920s" for "20-х"), or target.size().
size_t MatchAny(const NumberValue& n, const std::vector<NumberValue>* target, const std::vector<bool>& used) {
  for (size_t j = 0; j < target->size(); ++j) {
    if (used[j]) continue;
    for (double v : n.values) {
      if (Matches((*target)[j], v)) return j;
    }
  }
  return target->size();
}

class NumberMismatchCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "source/number-mismatch", "A number of the source is missing, changed or scaled in the translation.",
        "The numbers of each source segment are read as the source language writes them (\"10 406\", \"10 тыс. "
        "406\", \"8,7 млн\", \"1,5%\", \"02.05.2024\") and looked for among the translation's (\"10,406\", \"8.7 "
        "million\", \"two\", \"3 p.m.\"). Only the source's numbers count, each once: a translation may add a year "
        "or spell out \"two\". A value found 1000 times larger or smaller is reported as scaled; another number left "
        "over in the translation as changed.\n"
        "Source: Погибли 10 406 человек.\n"
        "Before: 10,506 people died.\n"
        "After:  10,406 people died.",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const Document& document = context.document;
    ForEachTranslated(context, [&](const TranslationUnit& unit, const SourceSide& source) {
      if (source.numbers.empty()) return;
      const std::string_view target_text = document.text().substr(unit.target.begin, unit.target.size());
      std::vector<NumberValue> target = FindNumbers(target_text, document.language(), true);
      Compare(context, unit, source, &target, sink);
    });
  }

 private:
  void Compare(const CheckContext& context, const TranslationUnit& unit, const SourceSide& source,
               std::vector<NumberValue>* target, DiagnosticSink* sink) const {
    std::vector<bool> used(target->size(), false);
    std::vector<const NumberValue*> missing;
    const auto unused_match = [&](double value) {
      size_t j = 0;
      while (j < target->size() && (used[j] || !Matches((*target)[j], value))) ++j;
      return j;
    };
    for (const NumberValue& n : source.numbers) {
      const size_t j = MatchAny(n, target, used);
      if (j < target->size()) {
        used[j] = true;
        continue;
      }
      // Read as its parts ("10.30": 10 and 30), each must be there.
      std::vector<size_t> parts;
      for (double part : n.parts) {
        const size_t k = unused_match(part);
        if (k == target->size()) break;
        used[k] = true;
        parts.push_back(k);
      }
      if (!n.parts.empty() && parts.size() == n.parts.size()) continue;
      for (size_t k : parts) used[k] = false;
      missing.push_back(&n);
    }
    // What is left: a scaled value first, else the next unused number in order.
    for (const NumberValue* n : missing) {
      size_t j = 0;
      while (j < target->size() && (used[j] || !Scaled((*target)[j], n->values.front()))) ++j;
      const bool scaled = j < target->size();
      if (!scaled) {
        j = 0;
        while (j < target->size() && (used[j] || !IsDigitNumber(context, unit, (*target)[j]))) ++j;
      }
      const std::string written = QuotedSource(std::string_view(unit.source).substr(n->span.begin, n->span.size()));
      const std::string value = FormatNumber(n->values.front());
      Diagnostic d;
      if (j < target->size()) {
        used[j] = true;
        const Span at{unit.target.begin + (*target)[j].span.begin, unit.target.begin + (*target)[j].span.end};
        const std::string here(context.document.text().substr(at.begin, at.size()));
        d = Make(context.document, at,
                 scaled ? "\"" + here + "\" is the source's " + written + " (" + value +
                              ") scaled by a power of 1000: check the magnitude"
                        : "\"" + here + "\" where the source says " + written + " (" + value +
                              "): check the number");
      } else {
        d = Make(context.document, unit.target,
                 "the source's " + written + " (" + value + ") is not in the translation: translate the number");
      }
      d.notes.push_back(SourceNote(context.document, unit, n->span, "the source's " + written));
      sink->Report(std::move(d));
    }
  }

  // A target number written in digits (a number word is no changed number).
  static bool IsDigitNumber(const CheckContext& context, const TranslationUnit& unit, const NumberValue& n) {
    const char c = context.document.text()[unit.target.begin + n.span.begin];
    return c >= '0' && c <= '9';
  }
};

}  // namespace

std::unique_ptr<Check> MakeNumberMismatchCheck() { return std::make_unique<NumberMismatchCheck>(); }

}  // namespace translint
