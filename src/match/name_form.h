// NameForm and ExpandForms (the variant expander): every spelling through which
// an entity can be mentioned, derived from a RuleTable.
//
// Forms are, per entity: the preferred spelling of every language, every
// variant, for a person the surname (last space-separated word) of each of those
// with two or more words, and the entity's exceptions (phrases that contain a
// spelling but are not a mention, e.g. "Chicken Kiev"). With schemes, also the
// spellings generated from each `original` form by every scheme of its language
// (tagged transliteration), unless another entity lists that spelling. Spellings
// in Russian letters (an original, a Cyrillic variant) also give their Russian case
// forms (Жапарова, Жапаровым; russian_declension.h); originals and case forms are
// mentions in Russian text only. The same folded text is kept once per entity. Pure function of its inputs; the result is
// a plain value.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "rules/rule_table.h"
#include "translit/russian_declension.h"
#include "translit/scheme_set.h"

namespace translint {

struct NameForm {  // the small fields first: no padding between them (an archive's tables have ~10^5 forms)
  uint32_t entity = 0;  // index into RuleTable::entities()
  SpellingTag tag = SpellingTag::kNone;
  bool is_short = false;      // a person's surname on its own
  bool is_exception = false;  // not a mention at all
  bool requires_capital = false;
  GrammaticalCase grammatical_case = GrammaticalCase::kNominative;  // of `nominative` (below)
  std::string text;     // as written in the table (or derived surname)
  const Spelling* spelling = nullptr;  // the table's spelling it comes from (its validity), if any
  // The document language this form is a mention in ("" = any): "ru" for the
  // original forms and Russian case forms.
  std::string language;
  // For a Russian case form (Жапаровым), the spelling it declines (Жапаров, or
  // the surname of "Садыр Жапаров" for a short form) and its case.
  std::string nominative;
};

std::vector<NameForm> ExpandForms(const RuleTable& table, const SchemeSet* schemes = nullptr);

// The last space-separated word of a multi-word spelling, or "" for one word.
std::string Surname(const std::string& spelling);

// The spelling `entity` should have in `language`: its preferred form (or its
// original form in that language), or that form's surname when `is_short`,
// declined into `grammatical_case`. "" when the entity has no such form.
std::string PreferredSpelling(const Entity& entity, const std::string& language, bool is_short,
                              GrammaticalCase grammatical_case = GrammaticalCase::kNominative);

}  // namespace translint
