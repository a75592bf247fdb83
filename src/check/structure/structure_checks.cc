#include "check/structure/structure_checks.h"

namespace translint {

void RegisterStructureChecks(CheckRegistry* registry) {
  registry->Add(MakeDuplicateParagraphCheck());
  registry->Add(MakeRepeatedWordCheck());
}

}  // namespace translint
