// File input and output for the front ends and the fixer.
//
// ReadFile reads a whole file into memory. WriteFileAtomically replaces a file's
// contents so that a reader (or a crash) sees either the old or the new bytes,
// never a mix: it writes a temporary file beside the target, copies the target's
// permission bits (0644 for a new file), flushes it to disk and renames it over
// the target. It keeps the owner and group, and refuses (Status) to replace a
// file that is read-only (no write bit, or not writable by this user) or has
// several hard links (a rename would split them). With `expected_current` set,
// it first re-reads the target and refuses when the file changed since it was
// read, so a concurrent edit is never overwritten. Through a symbolic link it replaces the file the link
// points to.
// Functions are thread-safe for distinct paths.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"

namespace translint {

Result<std::string> ReadFile(const std::string& path);
Result<std::string> ReadStream(std::FILE* stream);
// The bytes [offset, offset + length) of a file (fewer at its end).
Result<std::string> ReadFileRange(const std::string& path, size_t offset, size_t length);
// The line of `text` that holds byte `offset`, without its line break (and a
// BOM); "" when the line is longer than `limit` bytes either side.
std::string LineAround(std::string_view text, size_t offset, size_t limit = 8192);
// The same for a file, reading only about 2 * `limit` bytes of it.
Result<std::string> ReadLineAround(const std::string& path, size_t offset, size_t limit = 8192);
// Offsets that cut a file into parts of about `part` bytes, each starting at a
// line start: 0, then the first line start at or after every multiple of
// `part`, then the file's size. A file no larger than `part` is one part.
Result<std::vector<size_t>> CutAtLines(const std::string& path, size_t part);

Status WriteFileAtomically(const std::string& path, const std::string& contents,
                           const std::optional<std::string>& expected_current);

// The running program's path, size and modification time ("" when unknown):
// part of the key of cached results that this program's code computes, so a
// rebuilt binary never reads what another build wrote.
std::string ProgramIdentity();

// Expands paths: files are taken as they are; folders are walked recursively
// (sorted, hidden entries skipped) for files whose extension is in `extensions`
// (".md", ".txt"). A missing path is a Status naming it.
Result<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths,
                                             const std::vector<std::string>& extensions);

}  // namespace translint
