// The expanded name forms (ExpandForms) as cache bytes, so that a start with
// the same tables, schemes and program reads them back (a few ms) instead of
// transliterating and declining every name again (~30 ms with the shipped tables).
//
// The bytes refer to the table by index (entity, and its spelling: a variant's
// index or a preferred spelling's language), so they are read back only
// against the table they were made from: the caller keys them by that table
// (SerializeRules), the schemes and this program. DeserializeForms returns
// nullopt for bytes that are not a whole cache of this format or do not fit
// the table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "match/name_form.h"
#include "rules/rule_table.h"

namespace translint {

std::string SerializeForms(const std::vector<NameForm>& forms, const RuleTable& table);
std::optional<std::vector<NameForm>> DeserializeForms(std::string_view bytes, const RuleTable& table);

}  // namespace translint
