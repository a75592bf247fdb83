// The `names/` checks: consistent, house-style spelling of known entities.
// They read the mentions that NameMatcher found (CheckContext::mentions).
#pragma once

#include <memory>

#include "check/check.h"

namespace translint {

std::unique_ptr<Check> MakeInconsistentCheck();
std::unique_ptr<Check> MakeInconsistentAcrossCheck();
std::unique_ptr<Check> MakeNonPreferredCheck();
std::unique_ptr<Check> MakeTranslatedNameCheck();
std::unique_ptr<Check> MakeUnlistedSpellingCheck();
std::unique_ptr<Check> MakeUnlistedVariantsCheck();
std::unique_ptr<Check> MakeUnlistedVariantsAcrossCheck();

// Registers the group, in id order.
void RegisterNameChecks(CheckRegistry* registry);

}  // namespace translint
