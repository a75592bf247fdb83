// The `numbers/` checks: Russian number conventions carried into English, the
// costliest translation errors (a decimal comma read as a thousands separator is
// a 1000x error).
#pragma once

#include <memory>

#include "check/check.h"

namespace translint {

std::unique_ptr<Check> MakeDecimalCommaCheck();
std::unique_ptr<Check> MakeRussianMagnitudeCheck();
std::unique_ptr<Check> MakeYearCalqueCheck();

void RegisterNumberChecks(CheckRegistry* registry);

}  // namespace translint
