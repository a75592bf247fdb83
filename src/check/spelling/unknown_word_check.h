// The `spelling/` check: words the document's Hunspell dictionary does not know.
#pragma once

#include <memory>

#include "check/check.h"

namespace translint {

std::unique_ptr<Check> MakeUnknownWordCheck();

void RegisterSpellingChecks(CheckRegistry* registry);

}  // namespace translint
