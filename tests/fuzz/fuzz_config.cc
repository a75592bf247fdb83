// Fuzz target: .translint.yaml is parsed; any input gives a Config or a Status.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lint/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  (void)translint::ParseConfig(".translint.yaml", std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
