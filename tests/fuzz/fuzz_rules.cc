// Fuzz target: a rule table (YAML) is loaded and validated; any input gives a
// table or a Status, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rules/rule_loader.h"
#include "rules/rule_table.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  translint::RuleTable table;
  if (translint::LoadRuleText("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), &table).ok()) {
    (void)table.Finalize();
  }
  return 0;
}
