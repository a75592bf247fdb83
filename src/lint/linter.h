// Linter: the one entry point the front ends call.
//
// Create() loads the rule tables (the given paths, then the config's own), applies
// the config's preferred-spelling overrides, validates the tables, builds the name
// matcher and the pattern set, checks that every check id the config names
// exists, and verifies every example in the tables; any failure is a Status that
// names the file to fix. Lint() runs the input checks, segments the document,
// finds the name mentions once, runs every document check and every pattern rule,
// and drops what inline comments suppress. Fix() collects the sure fixes of
// those findings into one EditSet.
// A Linter is immutable after Create(); Lint() and Fix() may run on many threads.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "check/check.h"
#include "fix/edit_set.h"
#include "lint/config.h"
#include "match/name_clusters.h"
#include "match/name_matcher.h"
#include "match/pattern_set.h"
#include "rules/rule_table.h"

namespace translint {

class Linter {
 public:
  // `rule_paths`: rule tables to load before the config's own `rules`;
  // `schemes_folder`: romanization schemes (transliteration/) that generate
  // spellings from the entities' original forms ("" for none).
  static Result<std::unique_ptr<Linter>> Create(const Config& config, const std::vector<std::string>& rule_paths,
                                                const std::string& schemes_folder = "");

  std::vector<Diagnostic> Lint(const Document& document) const;

  struct FixResult {
    EditSet edits;
    size_t fixed = 0;  // findings whose fix was applied
  };
  FixResult Fix(const Document& document) const;

  // The capitalized words of `document` that look like names no table lists
  // (check/names/unlisted_names.h), for `translint discover`.
  std::vector<NameOccurrence> UnlistedNames(const Document& document) const;

  const Config& config() const { return config_; }
  const RuleTable& table() const { return *table_; }
  // Built-in checks and the tables' pattern rules, sorted by id.
  std::vector<CheckInfo> CheckInfos() const;

 private:
  using Severities = std::map<std::string, Severity>;

  Linter(Config config, std::unique_ptr<RuleTable> table, std::unique_ptr<SchemeSet> schemes);
  Status Build();
  Status OpenSpeller();
  Status CheckConfiguredIds() const;
  // Lint() with the given per-check severities (the config's, or none).
  std::vector<Diagnostic> Run(const Document& document, const Severities& severities) const;
  FixResult FixWith(const Document& document, const Severities& severities) const;
  Status VerifyExamples() const;
  // Checks one example: `owner` names the rule, `ours` picks its findings.
  Status VerifyExample(const Example& example, const std::string& owner,
                       const std::function<bool(const Diagnostic&)>& ours) const;

  Config config_;
  std::unique_ptr<RuleTable> table_;
  std::unique_ptr<SchemeSet> schemes_;  // may be null
  std::unique_ptr<NameMatcher> names_;
  std::unique_ptr<PatternSet> patterns_;
  std::unique_ptr<Speller> speller_;
  std::string speller_problem_;
};

}  // namespace translint
