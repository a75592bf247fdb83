#include "check/patterns/pattern_rules.h"

#include <algorithm>
#include <map>
#include <optional>

#include "check/prose_text.h"
#include "match/regex_scan.h"

namespace translint {

namespace {

Diagnostic Make(const CheckContext& context, const PatternRule& rule, const PatternMatch& match) {
  Diagnostic d;
  d.check = rule.id;
  d.severity = ParseSeverity(rule.severity).value_or(Severity::kWarning);
  d.location = LocationOf(context.document, match.span);
  d.text = match.groups.empty() ? "" : match.groups[0];
  if (!match.error.empty()) {
    const std::string why = match.error == "U_REGEX_TIME_OUT" ? "took too long on this paragraph and was stopped"
                                                              : "was stopped on this paragraph by ICU (" + match.error + ")";
    d.message = "the pattern of \"" + rule.id + "\" " + why + "; simplify its regular expression (" +
                rule.pattern_where.ToString() + ")";
    d.location = LocationOf(context.document, Span{match.span.begin, match.span.begin});
    d.text.clear();
    return d;
  }
  // Messages quote the match on one line: white space collapsed and trimmed.
  std::vector<std::string> quoted;
  for (const std::string& g : match.groups) quoted.push_back(CollapseWhitespace(g));
  d.message = ExpandGroups(rule.message, quoted, '{');
  if (rule.fix != FixMode::kNone) {
    const std::string replacement = MatchCase(d.text, ExpandGroups(rule.replacement, match.groups, '$'));
    if (rule.fix == FixMode::kAuto) d.fix.push_back(Edit{match.span, replacement});
    if (!replacement.empty()) d.suggestions.push_back(replacement);
  }
  return d;
}

// The unit whose target holds `span`, or null.
const TranslationUnit* UnitAt(const Document& document, Span span) {
  const std::vector<TranslationUnit>& units = document.units();
  auto it = std::upper_bound(units.begin(), units.end(), span.begin,
                             [](size_t at, const TranslationUnit& u) { return at < u.target.begin; });
  if (it == units.begin()) return nullptr;
  --it;
  return span.end <= it->target.end ? &*it : nullptr;
}

// Where the rule's source pattern matches the unit's source (empty when it does not).
class SourceTriggers {
 public:
  explicit SourceTriggers(const PatternSet& set) : set_(set) {}

  std::optional<Span> Find(uint32_t rule, const TranslationUnit& unit) {
    const auto key = std::pair{rule, &unit};
    const auto known = found_.find(key);
    if (known != found_.end()) return known->second;
    std::optional<Span> hit;
    ScanRegex(*set_.SourcePattern(rule), unit.source, Span{0, unit.source.size()}, [&](const RegexHit& h) {
      if (!hit) hit = h.span;
    });
    return found_[key] = hit;
  }

 private:
  const PatternSet& set_;
  std::map<std::pair<uint32_t, const TranslationUnit*>, std::optional<Span>> found_;
};

}  // namespace

void RunPatternRules(const CheckContext& context, DiagnosticSink* sink) {
  if (context.patterns == nullptr) return;
  std::vector<PatternMatch> matches;
  context.patterns->Scan(context.document, context.views, &matches);
  std::vector<bool> reported(context.patterns->rules().size(), false);
  SourceTriggers triggers(*context.patterns);
  for (const PatternMatch& m : matches) {
    const PatternRule& rule = context.patterns->rules()[m.rule];
    // A source-conditioned rule fires only where the aligned source has its trigger.
    std::optional<Span> trigger;
    const TranslationUnit* unit = nullptr;
    if (!rule.source.empty() && m.error.empty()) {
      unit = UnitAt(context.document, m.span);
      if (unit == nullptr || !(trigger = triggers.Find(m.rule, *unit))) continue;
    }
    if (rule.first_only && m.error.empty() && reported[m.rule]) continue;
    reported[m.rule] = reported[m.rule] || m.error.empty();
    Diagnostic d = Make(context, rule, m);
    if (trigger) {
      const std::string said = unit->source.substr(trigger->begin, trigger->size());
      d.notes.push_back(Note{LocationOfUnitSource(context.document, *unit, *trigger), "the source's \"" + said + "\""});
    }
    sink->Report(std::move(d));
  }
}

CheckInfo PatternCheckInfo(const PatternRule& rule) {
  CheckInfo info;
  info.id = rule.id;
  info.summary = ExpandGroups(rule.message, std::vector<std::string>(10, "…"), '{');
  std::string what = rule.pattern.empty() ? "phrases: " : "pattern: " + rule.pattern;
  for (size_t i = 0; i < rule.phrases.size(); ++i) what += (i ? ", " : "") + rule.phrases[i];
  info.description = "A rule-table pattern (" + rule.where.ToString() + "); " + what + ".";
  // An example of several lines is shown on one, its line breaks as "⏎".
  const auto one_line = [](std::string text) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
    for (size_t at; (at = text.find('\n')) != std::string::npos;) text.replace(at, 1, " \u23CE ");
    return text;
  };
  for (const Example& e : rule.examples) {
    if (!e.must_flag) continue;
    info.description += "\nBefore: " + one_line(e.text);
    if (e.fixed) info.description += "\nAfter:  " + one_line(*e.fixed);
    break;
  }
  info.default_severity = ParseSeverity(rule.severity).value_or(Severity::kWarning);
  info.fixable = rule.fix == FixMode::kAuto;
  info.from_rules = true;
  return info;
}

}  // namespace translint
