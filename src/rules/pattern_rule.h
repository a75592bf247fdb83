// PatternRule: one item of a rule table's `patterns:` list — a policy expressed
// as text to find, with a message, a severity and an optional replacement.
//
// YAML schema:
//
//   patterns:
//     - id: calque/creative-team     # the check id: "<group>/<name>", [a-z0-9-/]
//       message: 'for a band, write "band": "{0}" is a calque of творческий коллектив'
//       phrases: [creative team, creative collective]   # literal, case-insensitive, whole words
//       # or: pattern: '\b(\d+) thousand (\d{1,3})\b'   # an ICU regular expression
//       severity: warning            # info, warning, error (default warning)
//       fix: suggest                 # auto (a sure fix), suggest, none (default none)
//       replacement: band            # with fix auto/suggest; "$1" refers to a regex group
//       languages: [en]              # target languages it applies to (default: all)
//       unless: '\(SIZO\)'            # a regex: if it matches anywhere in the document,
//                                    # the rule does not fire there (e.g. an acronym defined)
//       first_only: true             # report only the first match in a document (default
//                                    # false), for what is to be said "at first mention"
//       source: 'творческ\w* коллектив' # a regex (any case): the rule fires only in the
//                                    # target of a bilingual unit whose source it matches
//                                    # (never in a monolingual text); each example then
//                                    # gives its source: { flag: ..., source: ... }
//       examples:                    # verified whenever the table loads
//         - { flag: "The creative team Pornofilmy played.", fixed: "The band Pornofilmy played." }
//         - { ok: "The creative team behind the film." }
//
// Exactly one of `phrases` and `pattern`. In `message`, {0} is the matched text
// and {1}..{9} are regex groups. Phrases of all rules are matched together in one
// pass; each regex runs with a time limit. Plain value.
#pragma once

#include <string>
#include <vector>

#include "rules/entity.h"

namespace translint {

enum class FixMode { kNone, kSuggest, kAuto };

struct PatternRule {
  std::string id;
  std::string message;
  std::vector<std::string> phrases;
  std::string pattern;
  std::string severity = "warning";  // info, warning or error (diag/ parses it)
  FixMode fix = FixMode::kNone;
  std::string replacement;
  std::vector<std::string> languages;  // empty: all
  std::string unless;                  // regex; "" for none
  std::string source;                  // regex on the aligned source segment; "" for none
  bool first_only = false;             // only the first match in a document
  std::vector<Example> examples;
  SourceLocation where;
  SourceLocation pattern_where;  // of `pattern`, for regex errors
  SourceLocation unless_where;   // of `unless`
  SourceLocation source_where;   // of `source`

  bool AppliesTo(const std::string& language) const;
};

const std::vector<std::string>& FixModeNames();  // index = enum value

}  // namespace translint
