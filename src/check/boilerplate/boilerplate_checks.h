// The built-in `boilerplate/` check: site furniture found by its shape and its
// repetition, not by a listed phrase (the phrases are pattern rules in
// rules/artifacts/boilerplate.yaml).
#pragma once

#include <memory>

#include "check/check.h"

namespace translint {

std::unique_ptr<Check> MakeRepeatedLinesCheck();

void RegisterBoilerplateChecks(CheckRegistry* registry);

}  // namespace translint
