// The `typography/` checks: spacing, quotes and brackets that machine
// translation and careless pasting leave behind.
#pragma once

#include <memory>

#include "check/check.h"

namespace translint {

std::unique_ptr<Check> MakeDoubleSpaceCheck();
std::unique_ptr<Check> MakeMixedQuotesCheck();
std::unique_ptr<Check> MakePaddedQuotesCheck();
std::unique_ptr<Check> MakeSoftSignCheck();
std::unique_ptr<Check> MakeSpaceBeforePunctuationCheck();
std::unique_ptr<Check> MakeUnbalancedCheck();

void RegisterTypographyChecks(CheckRegistry* registry);

}  // namespace translint
