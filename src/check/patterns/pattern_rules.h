// The `patterns:` rules of the rule tables, run as checks: every rule is a check
// of its own, whose id is the rule's id ("calque/creative-team").
#pragma once

#include "check/check.h"
#include "rules/pattern_rule.h"

namespace translint {

// Reports every match of every pattern rule in the context's prose.
void RunPatternRules(const CheckContext& context, DiagnosticSink* sink);

// The CheckInfo of a pattern rule (for `translint checks` and reports).
CheckInfo PatternCheckInfo(const PatternRule& rule);

}  // namespace translint
