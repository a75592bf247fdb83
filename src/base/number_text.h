// Numbers for people: 1234567 -> "1,234,567" (the report, the progress line).
#pragma once

#include <cstdint>
#include <string>

namespace translint {

std::string Thousands(int64_t n);

}  // namespace translint
