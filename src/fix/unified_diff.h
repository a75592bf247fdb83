// UnifiedDiff: the `diff -u` view of applying an EditSet, for `fix --dry-run`.
//
// Because the edits are known, no sequence alignment is needed: the changed
// lines are exactly those the edits touch. Hunks carry three lines of context and
// merge when their contexts meet. Output ends every line with "\n" and marks a
// missing final newline as diff does. Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "fix/edit_set.h"

namespace translint {

std::string UnifiedDiff(const std::string& path, std::string_view original, const EditSet& edits);

}  // namespace translint
