// translint index: the run `check` makes, stored in the archive index (--db)
// instead of printed; only what changed since the last run is checked again.
#include "cli/commands.h"
#include "cli/run_inputs.h"

namespace translint {

int RunIndex(const Options& options, std::ostream& out, std::ostream& err) {
  return RunOverInputs(options, out, err, CheckItem, RunMode::kIndex);
}

}  // namespace translint
