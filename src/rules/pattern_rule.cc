#include "rules/pattern_rule.h"

#include <algorithm>

namespace translint {

bool PatternRule::AppliesTo(const std::string& language) const {
  return languages.empty() || std::find(languages.begin(), languages.end(), language) != languages.end();
}

const std::vector<std::string>& FixModeNames() {
  static const std::vector<std::string> kNames = {"none", "suggest", "auto"};
  return kNames;
}

}  // namespace translint
