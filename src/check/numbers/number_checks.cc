#include "check/numbers/number_checks.h"

namespace translint {

void RegisterNumberChecks(CheckRegistry* registry) {
  registry->Add(MakeDecimalCommaCheck());
  registry->Add(MakeRussianMagnitudeCheck());
  registry->Add(MakeYearCalqueCheck());
}

}  // namespace translint
