// Files of the cache folder (rule tables, word sets, name forms, scheme memos,
// the pattern automaton): results a later run may reuse instead of computing
// them again. Everything here is best effort: a cache that cannot be read or
// written only costs time, so nothing returns an error.
//
// ReadCacheFile returns a cache file's bytes (nullopt when absent or
// unreadable) and marks it used (its modification time is set to now).
// WriteCacheFile creates the file's folder, replaces the file atomically
// (WriteFileAtomically) and removes the files of that folder with the same
// extension that were not used for a week, so the folder does not grow with
// every rebuilt binary or edited table.
// Thread-safe for distinct paths.
#pragma once

#include <optional>
#include <string>

namespace translint {

std::optional<std::string> ReadCacheFile(const std::string& path);
void WriteCacheFile(const std::string& path, const std::string& contents);

}  // namespace translint
