// structure/repeated-word: "in in".
#include <set>

#include "check/structure/structure_checks.h"
#include "text/normalized_text.h"
#include "text/tokenizer.h"

namespace translint {

namespace {

// Doubled words that are right.
const std::set<std::string> kAllowed = {"had",  "that", "is",   "bye",   "no",    "so",     "very",  "ha",
                                        "walla", "baden", "sing", "bora", "pago",  "dum",    "tut",   "yada",
                                        "knock", "chop",  "tom",  "papa", "mama",  "can",    "blah",  "cha",
                                        "gonna", "wow",   "yeah", "go",   "boo",   "hush",   "pom",   "night",
                                        "murmur", "bla",  "din",  "ding", "bonga", "ylang",  "mahi",  "really", "far", "again", "more"};

class RepeatedWordCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "structure/repeated-word", "The same word twice in a row: \"in in\".",
        "A doubled word is almost always a slip of translation or editing. `fix` deletes the repeat. Numbers, "
        "words that are right doubled (\"had had\", \"that that\", \"bye bye\"), capitalized repeats (titles "
        "and names: \"Spend Spend Spend\", \"Walla Walla\") and repeats across a line break are left alone.\n"
        "Before: the talks in in Astana\n"
        "After:  the talks in Astana",
        Severity::kWarning, CheckScope::kDocument, true};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const std::string_view text = context.document.text();
    context.views.ForEach([&](size_t, const SegmentView& view) {
      const NormalizedText& folded = view.folded;
      const std::vector<Token>& tokens = view.tokens;
      for (size_t i = 1; i < tokens.size(); ++i) {
        if (tokens[i].join != Join::kSpace) continue;
        const std::string_view a = Word(folded.folded(), tokens[i - 1]);
        const std::string_view b = Word(folded.folded(), tokens[i]);
        if (a != b || kAllowed.count(std::string(a)) || std::isdigit(static_cast<unsigned char>(a[0]))) continue;
        const Span first = folded.OriginalSpan(tokens[i - 1].begin, tokens[i - 1].end);
        const Span second = folded.OriginalSpan(tokens[i].begin, tokens[i].end);
        // "Spend Spend Spend", "Sing Sing": a capitalized repeat is a title or a name.
        if (std::isupper(static_cast<unsigned char>(text[second.begin]))) continue;
        // "One's one-hour", "what's what": the first word carried an 's.
        if (first.end < text.size() && (text[first.end] == '\'' || text.substr(first.end, 3) == "\xE2\x80\x99")) continue;
        if (text.substr(first.end, second.begin - first.end).find('\n') != std::string_view::npos) continue;
        Diagnostic d = Make(context.document, Span{first.begin, second.end},
                            "\"" + std::string(text.substr(second.begin, second.size())) + "\" is repeated: delete one");
        d.fix.push_back(Edit{Span{first.end, second.end}, ""});
        sink->Report(std::move(d));
      }
    });
  }

 private:
  static std::string_view Word(std::string_view folded, const Token& t) { return folded.substr(t.begin, t.end - t.begin); }
};

}  // namespace

std::unique_ptr<Check> MakeRepeatedWordCheck() { return std::make_unique<RepeatedWordCheck>(); }

}  // namespace translint
