#include "base/iso_date.h"

#include <cctype>

namespace translint {

std::string IsoDate(std::string_view value) {
  if (value.size() < 10) return "";
  for (size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? value[i] != '-' : !std::isdigit(static_cast<unsigned char>(value[i]))) return "";
  }
  if (value.size() > 10 && value[10] != 'T' && value[10] != ' ' && value[10] != 't') return "";
  const int month = (value[5] - '0') * 10 + (value[6] - '0');
  const int day = (value[8] - '0') * 10 + (value[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return std::string(value.substr(0, 10));
}

}  // namespace translint
