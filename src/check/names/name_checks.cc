#include "check/names/name_checks.h"

namespace translint {

void RegisterNameChecks(CheckRegistry* registry) {
  registry->Add(MakeInconsistentCheck());
  registry->Add(MakeNonPreferredCheck());
  registry->Add(MakeTranslatedNameCheck());
  registry->Add(MakeUnlistedVariantsCheck());
}

}  // namespace translint
