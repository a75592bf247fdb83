// RuleLoader: reads rule tables (YAML) into a RuleTable.
//
// The rule kinds a table may hold are its top-level keys: `entities` (schema in
// rules/entity.h) and `patterns` (rules/pattern_rule.h). Loading is strict: an unknown
// key, a wrong type, an unknown kind or tag, or a malformed example is a Status
// "file:line:col: message" with a "did you mean" where it helps. Cross-entity
// checks run in RuleTable::Finalize(), which the caller runs after adding every
// table and override. Functions are thread-compatible (no shared state).
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "rules/rule_table.h"

namespace translint {

// The top-level keys a rule table may have (one per rule kind).
const std::vector<std::string>& RuleKinds();

// Parses one table's text; `file` names it in messages.
Status LoadRuleText(const std::string& file, const std::string& text, RuleTable* table);

// Loads every *.yaml / *.yml file below `path` (or `path` itself), sorted by path.
Status LoadRulePath(const std::string& path, RuleTable* table);

// Loads several paths as LoadRulePath does, through the cache in `cache_folder`
// (rule_cache.h; "" disables it): a hit skips YAML parsing, a miss parses and
// then writes the cache.
Status LoadRulePaths(const std::vector<std::string>& paths, const std::string& cache_folder, RuleTable* table);

}  // namespace translint
