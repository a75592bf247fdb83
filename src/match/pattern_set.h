// PatternSet: the `patterns:` rules compiled for scanning.
//
// Phrase rules are compiled together into one VariantSet (whole words, any case,
// one pass for all phrases of all rules). Regex rules are ICU RegexPatterns,
// compiled once; a pattern that does not compile is a Status at its YAML line.
// Each regex search runs under a time limit (regex_scan.h), so a pathological
// pattern cannot hang a run: a search that ICU stopped (the time limit, its stack
// limit, any error) is reported as a match with `error` set.
// Immutable after Build(); Scan() may run on many threads (it creates its own
// matchers). The rules must outlive the set.
#pragma once

#include <unicode/regex.h>

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "match/variant_set.h"
#include "rules/pattern_rule.h"
#include "text/document.h"
#include "text/span.h"

namespace translint {

struct PatternMatch {
  uint32_t rule = 0;            // index into the rules given to Build()
  Span span;                    // into the Document's bytes
  std::vector<std::string> groups;  // [0] the match, [1..] regex groups
  std::string error;  // set when ICU stopped the search here: "U_REGEX_TIME_OUT", ...
};

class PatternSet {
 public:
  static Result<std::unique_ptr<PatternSet>> Build(const std::vector<PatternRule>& rules);

  // The rules that apply to `document`: those for its language whose `unless`
  // pattern does not occur in it and whose regex's required literal does.
  // Indexed by rule.
  std::vector<bool> ActiveRules(const Document& document) const;

  // Appends the matches of the `active` rules in one prose segment of
  // `document`, in text order per rule.
  void Scan(const Document& document, Span segment, const std::vector<bool>& active,
            std::vector<PatternMatch>* out) const;

  const std::vector<PatternRule>& rules() const { return rules_; }

 private:
  explicit PatternSet(const std::vector<PatternRule>& rules) : rules_(rules) {}

  const std::vector<PatternRule>& rules_;
  VariantSet phrases_;
  std::vector<std::pair<uint32_t, std::unique_ptr<icu::RegexPattern>>> regexes_;  // (rule, pattern)
  std::vector<std::pair<uint32_t, std::unique_ptr<icu::RegexPattern>>> unless_;   // (rule, pattern)
  struct Literal {
    std::string text;  // "" when the regex requires none
    bool case_insensitive = false;
  };
  std::vector<Literal> literals_;  // by rule: a text without it cannot match the rule's regex
};

// `text` with {0}..{9} replaced by the match's groups (messages) or, with
// `dollar`, $0..$9 (replacements).
std::string ExpandGroups(const std::string& text, const std::vector<std::string>& groups, char sigil);

}  // namespace translint
