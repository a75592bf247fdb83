#include "check/typography/typography_checks.h"

namespace translint {

void RegisterTypographyChecks(CheckRegistry* registry) {
  registry->Add(MakeDoubleSpaceCheck());
  registry->Add(MakeMixedQuotesCheck());
  registry->Add(MakePaddedQuotesCheck());
  registry->Add(MakeSoftSignCheck());
  registry->Add(MakeSpaceBeforePunctuationCheck());
  registry->Add(MakeUnbalancedCheck());
}

}  // namespace translint
