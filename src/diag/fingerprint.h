// Fingerprints of findings: what identifies a finding across edits of its
// file, for baselines (`check --baseline`), SARIF's partialFingerprints and
// GitLab Code Quality. Made of the check id, the matched text and its
// context — up to two words either side on its line, lower-cased, without
// ASCII punctuation, spaces collapsed — and nothing about line numbers, so a finding keeps its
// fingerprint when lines move above it or its paragraph is edited elsewhere.
// Two findings with the same fingerprint in one file are told apart by
// OccurrenceFingerprints (":1", ":2", ... in the order they are reported).
#pragma once

#include <string>
#include <unordered_map>

#include "diag/diagnostic.h"

namespace translint {

// 16 hex digits.
std::string Fingerprint(const Diagnostic& diagnostic);

// Fingerprint + ":N", N counting the earlier findings of the same file with the
// same fingerprint. Feed it the findings in output order (path by path).
class OccurrenceFingerprints {
 public:
  std::string Next(const Diagnostic& diagnostic);

 private:
  std::string path_;
  std::unordered_map<std::string, size_t> seen_;  // the fingerprints met in path_, how often
};

}  // namespace translint
