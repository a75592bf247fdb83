// Fuzz target: a rule cache file, as a damaged or foreign one would be read:
// accepted whole or refused, never a crash or a huge allocation.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rules/rule_cache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  translint::RuleTable table;
  if (translint::DeserializeRules(std::string(reinterpret_cast<const char*>(data), size), &table)) {
    (void)translint::SerializeRules(table);
  }
  return 0;
}
