#include "check/names/name_checks.h"

namespace translint {

void RegisterNameChecks(CheckRegistry* registry) {
  registry->Add(MakeInconsistentCheck());
  registry->Add(MakeInconsistentAcrossCheck());
  registry->Add(MakeNonPreferredCheck());
  registry->Add(MakeTranslatedNameCheck());
  registry->Add(MakeUnlistedSpellingCheck());
  registry->Add(MakeUnlistedVariantsCheck());
  registry->Add(MakeUnlistedVariantsAcrossCheck());
}

}  // namespace translint
