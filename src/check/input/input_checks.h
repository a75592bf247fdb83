// The `input/` checks: files that cannot be read as UTF-8 text. They run first
// (Check::CheckInput); a document they reject is reported once and skipped.
#pragma once

#include "check/check.h"

namespace translint {

void RegisterInputChecks(CheckRegistry* registry);

}  // namespace translint
