// NameForm and ExpandForms (the variant expander): every spelling through which
// an entity can be mentioned, derived from a RuleTable.
//
// Forms are, per entity: the preferred spelling of every language, every
// variant, for a person the surname (last space-separated word) of each of those
// with two or more words, and the entity's exceptions (phrases that contain a
// spelling but are not a mention, e.g. "Chicken Kiev"). With schemes, also the
// spellings generated from each `original` form by every scheme of its language
// (tagged transliteration), unless another entity lists that spelling. The same
// folded text is kept once per entity. Pure function of its inputs; the result is
// a plain value.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "rules/rule_table.h"
#include "translit/scheme_set.h"

namespace translint {

struct NameForm {
  uint32_t entity = 0;  // index into RuleTable::entities()
  std::string text;     // as written in the table (or derived surname)
  SpellingTag tag = SpellingTag::kNone;
  bool is_short = false;      // a person's surname on its own
  bool is_exception = false;  // not a mention at all
  bool requires_capital = false;
};

std::vector<NameForm> ExpandForms(const RuleTable& table, const SchemeSet* schemes = nullptr);

// The last space-separated word of a multi-word spelling, or "" for one word.
std::string Surname(const std::string& spelling);

// The spelling `entity` should have in `language`: its preferred form, or that
// form's surname when `is_short`. "" when the entity has no preferred form there.
std::string PreferredSpelling(const Entity& entity, const std::string& language, bool is_short);

}  // namespace translint
