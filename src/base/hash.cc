#include "base/hash.h"

#include <cstdio>

namespace translint {

std::string HashHex(uint64_t hash) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

}  // namespace translint
