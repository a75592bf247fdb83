#include "rules/entity.h"

namespace translint {

const std::vector<std::string>& EntityKindNames() {
  static const std::vector<std::string> kNames = {"person", "organization", "place", "media",
                                                  "band",   "work",         "term"};
  return kNames;
}

const std::vector<std::string>& SpellingTagNames() {
  static const std::vector<std::string> kNames = {"", "transliteration", "translation", "historical",
                                                  "misspelling"};
  return kNames;
}

const std::string& ToString(EntityKind kind) { return EntityKindNames()[static_cast<size_t>(kind)]; }
const std::string& ToString(SpellingTag tag) { return SpellingTagNames()[static_cast<size_t>(tag)]; }

const Spelling* Entity::PreferredFor(const std::string& language) const {
  const auto it = preferred.find(language);
  return it == preferred.end() ? nullptr : &it->second;
}

std::string Entity::DisplayName() const {
  if (const Spelling* en = PreferredFor("en")) return en->text;
  return preferred.empty() ? id : preferred.begin()->second.text;
}

}  // namespace translint
