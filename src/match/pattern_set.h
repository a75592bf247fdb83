// PatternSet: the `patterns:` rules compiled for scanning.
//
// Phrase rules are compiled together into one VariantSet (whole words, any case,
// one pass for all phrases of all rules). Regex rules are ICU RegexPatterns,
// compiled once; a pattern that does not compile is a Status at its YAML line.
// All regexes (patterns and `unless`) are also compiled into one RegexPrefilter:
// one Vectorscan pass over the document tells which rule may match in which
// paragraph, and ICU searches only there (its answer decides, so the rules keep
// ICU's semantics). Each regex search runs under a time limit (regex_scan.h), so a
// pathological pattern cannot hang a run: a search that ICU stopped (the time
// limit, its stack limit, any error) is reported as a match with `error` set.
// Rules that are off are not scanned at all.
// Build() loads the prefilter's database from the cache folder and never
// compiles it (compiling costs about 1.5 s, more than ICU spends on a few MB of
// text); CompilePrefilter() compiles it when it is missing, for a large run.
// Immutable after Build() but for CompilePrefilter(), which must not run while
// Scan() does; Scan() may run on many threads (it creates its own matchers).
// The rules must outlive the set.
#pragma once

#include <unicode/regex.h>

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "match/regex_prefilter.h"
#include "match/variant_set.h"
#include "rules/pattern_rule.h"
#include "text/document.h"
#include "text/segment_view.h"
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
  // `off` (by rule; empty = none) names the rules never to scan; `cache_folder`
  // holds the compiled prefilter ("" = none).
  static Result<std::unique_ptr<PatternSet>> Build(const std::vector<PatternRule>& rules,
                                                   const std::vector<bool>& off = {},
                                                   const std::string& cache_folder = "");

  // Compiles the prefilter if the cache did not hold it (and stores it
  // there). Not while Scan() runs.
  void CompilePrefilter() const;

  // Appends the matches in the `prose` segments of `document` of the rules that
  // apply to it (those for its language whose `unless` pattern does not occur in
  // it, and, for a rule with a `source` pattern, only in a bilingual document): segment by segment, phrases first, then the regex rules in rule order,
  // each in text order.
  void Scan(const Document& document, const ProseViews& prose, std::vector<PatternMatch>* out) const;

  const std::vector<PatternRule>& rules() const { return rules_; }
  // The compiled `source` pattern of rule `rule` (case-insensitive), or null.
  const icu::RegexPattern* SourcePattern(uint32_t rule) const { return source_patterns_[rule].get(); }

 private:
  explicit PatternSet(const std::vector<PatternRule>& rules) : rules_(rules) {}

  // By rule: false when it is off or not for the document's language.
  std::vector<bool> Applicable(const Document& document) const;
  // Clears `active` for the rules whose `unless` pattern occurs in `document`.
  void ApplyUnless(const Document& document, const RegexCandidates& candidates, std::vector<bool>* active) const;

  const std::vector<PatternRule>& rules_;
  std::vector<bool> off_;
  VariantSet phrases_;
  // (rule, pattern); in the prefilter, regex i is regexes_[i] and regex
  // regexes_.size() + j is unless_[j].
  std::vector<std::pair<uint32_t, std::unique_ptr<icu::RegexPattern>>> regexes_;
  std::vector<std::pair<uint32_t, std::unique_ptr<icu::RegexPattern>>> unless_;
  std::vector<std::unique_ptr<icu::RegexPattern>> source_patterns_;  // by rule
  std::vector<std::string> sources_;  // the prefilter's regexes
  std::string cache_folder_;
  mutable std::unique_ptr<RegexPrefilter> prefilter_;
};

// `text` with {0}..{9} replaced by the match's groups (messages) or, with
// `dollar`, $0..$9 (replacements).
std::string ExpandGroups(const std::string& text, const std::vector<std::string>& groups, char sigil);

}  // namespace translint
