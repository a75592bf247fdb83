// CheckInfo: the static description of a check — the single source for
// `translint checks`, the README's table and report metadata. Plain value.
#pragma once

#include <string>

#include "diag/severity.h"

namespace translint {

enum class CheckScope { kDocument, kCorpus };

struct CheckInfo {
  std::string id;           // "<group>/<name>", e.g. "names/inconsistent"
  std::string summary;      // one line
  std::string description;  // a paragraph, ending with a before/after example
  Severity default_severity = Severity::kWarning;
  CheckScope scope = CheckScope::kDocument;
  bool fixable = false;     // offers sure fixes
  bool from_rules = false;  // a rule table's pattern rule, not a built-in check
};

}  // namespace translint
