// The `script/` checks: letters of the wrong alphabet, text left untranslated,
// and text decoded with the wrong character set.
#pragma once

#include <memory>

#include "check/check.h"

namespace translint {

std::unique_ptr<Check> MakeMixedScriptWordCheck();
std::unique_ptr<Check> MakeMojibakeCheck();
std::unique_ptr<Check> MakeUntranslatedCheck();

void RegisterScriptChecks(CheckRegistry* registry);

}  // namespace translint
