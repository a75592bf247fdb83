// RuleCache: a binary copy of parsed rule tables, so that start-up with large
// tables does not parse YAML again (yaml-cpp reads about 2-3 MB/s: a table of
// 10,000 entities costs 0.6 s to parse and 15 ms to read back from the cache).
//
// The key covers the cache format, every table file's path and its full contents,
// so any edit to a table, renaming or adding a file gives a new key; a cache file
// that is unreadable, truncated or of another format is ignored (the tables are
// parsed as if there were none). Only successfully parsed tables are cached, and
// cross-entity validation (RuleTable::Finalize) and example verification still
// run on every start. Writing is best effort and atomic (temporary file + rename),
// so concurrent runs never see half a cache file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rules/rule_table.h"

namespace translint {

// The folder for cache files: $TRANSLINT_CACHE_DIR, else $XDG_CACHE_HOME/translint,
// else $HOME/.cache/translint; "" (no caching) when TRANSLINT_NO_CACHE is set or
// no folder can be named.
std::string RuleCacheFolder();

// A 64-bit key for the given (path, contents) pairs.
uint64_t RuleCacheKey(const std::vector<std::pair<std::string, std::string>>& files);

// The rules of a parsed (not yet finalized) table, as cache bytes.
std::string SerializeRules(const RuleTable& table);
// Adds the rules in `bytes` to `table`; false (and `table` untouched) when
// `bytes` is not a complete cache of this format.
bool DeserializeRules(const std::string& bytes, RuleTable* table);

}  // namespace translint
