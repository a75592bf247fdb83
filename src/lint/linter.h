// Linter: the one entry point the front ends call.
//
// Create() loads the rule tables (the given paths, then the config's own), applies
// the config's preferred-spelling overrides, validates the tables, builds the name
// matcher and verifies every example in the tables; any failure is a Status that
// names the file to fix. Lint() runs the input checks, segments the document,
// finds the name mentions once and runs every document check on them. Fix()
// collects the sure fixes of those findings into one EditSet.
// A Linter is immutable after Create(); Lint() and Fix() may run on many threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "check/check.h"
#include "fix/edit_set.h"
#include "lint/config.h"
#include "match/name_matcher.h"
#include "rules/rule_table.h"

namespace translint {

class Linter {
 public:
  // `rule_paths`: rule tables to load before the config's own `rules`.
  static Result<std::unique_ptr<Linter>> Create(const Config& config, const std::vector<std::string>& rule_paths);

  std::vector<Diagnostic> Lint(const Document& document) const;

  struct FixResult {
    EditSet edits;
    size_t fixed = 0;  // findings whose fix was applied
  };
  FixResult Fix(const Document& document) const;

  const Config& config() const { return config_; }
  const RuleTable& table() const { return *table_; }
  size_t spelling_count() const { return names_->spelling_count(); }

 private:
  Linter(Config config, std::unique_ptr<RuleTable> table);
  // Lint() with the given per-check severities (the config's, or none).
  std::vector<Diagnostic> Run(const Document& document, const std::map<std::string, Severity>& severities) const;
  FixResult FixWith(const Document& document, const std::map<std::string, Severity>& severities) const;
  Status VerifyExamples() const;

  Config config_;
  std::unique_ptr<RuleTable> table_;
  std::unique_ptr<NameMatcher> names_;
};

}  // namespace translint
