// Baseline: the findings a repository has accepted, so that `check --baseline`
// reports (and fails on) only new ones — how a live archive adopts translint.
//
// The file (JSON, written sorted, one entry a line, so a change is a small diff):
//   {"version": 1, "entries": [
//    {"path": "news/a.md", "check": "names/non-preferred", "fingerprint": "d9c6…", "text": "Kiev", "count": 1},
//    ...]}
// An entry matches findings of its path with its fingerprint (diag/fingerprint.h:
// the check, the text and two words either side, no line numbers), `count` of
// them. Entries of the files a run checked that no finding matched are stale:
// Stale() reports them at info level, at their line of the baseline file.
// Not thread-safe: the reporting thread uses it.
#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/status.h"
#include "diag/diagnostic.h"

namespace translint {

class Baseline {
 public:
  // An empty baseline (for --update-baseline when the file does not exist yet).
  explicit Baseline(std::string path) : path_(std::move(path)) {}

  // Reads `path`; a missing or malformed file is an error naming it.
  static Result<Baseline> Load(const std::string& path);

  // True when the baseline lists this finding (and one fewer is left for its key).
  bool Absorb(const Diagnostic& diagnostic);

  // The entries of the files in `checked` that the run's findings left over,
  // as "baseline/stale-entry" findings at info level on the baseline file.
  std::vector<Diagnostic> Stale(const std::set<std::string>& checked) const;

  // --update-baseline: Record() each finding of the run, then Update() replaces
  // the entries of the files in `checked` by those recorded (the entries of
  // other files stay) and writes the file atomically.
  void Record(const Diagnostic& diagnostic);
  Status Update(const std::set<std::string>& checked);

  size_t size() const { return entries_.size(); }

 private:
  // (path, check, fingerprint)
  using Key = std::tuple<std::string, std::string, std::string>;
  struct Entry {
    std::string text;
    size_t count = 0;
    size_t left = 0;  // not yet matched in this run
    size_t line = 1;  // in the baseline file
  };

  std::string path_;
  std::map<Key, Entry> entries_;
  std::map<Key, Entry> recorded_;
};

// A path as the baseline keys it: without leading "./".
std::string BaselinePath(std::string_view path);

}  // namespace translint
