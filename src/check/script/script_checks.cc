#include "check/script/script_checks.h"

namespace translint {

void RegisterScriptChecks(CheckRegistry* registry) {
  registry->Add(MakeMixedScriptWordCheck());
  registry->Add(MakeMojibakeCheck());
  registry->Add(MakeUntranslatedCheck());
}

}  // namespace translint
