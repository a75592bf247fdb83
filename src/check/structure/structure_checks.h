// The `structure/` checks: text repeated by pasting or by translation.
#pragma once

#include <memory>

#include "check/check.h"

namespace translint {

std::unique_ptr<Check> MakeDuplicateParagraphCheck();
std::unique_ptr<Check> MakeRepeatedWordCheck();

void RegisterStructureChecks(CheckRegistry* registry);

}  // namespace translint
