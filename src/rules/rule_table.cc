#include "rules/rule_table.h"

#include <algorithm>

#include "base/suggest.h"
#include "text/tokenizer.h"

namespace translint {

int RuleTable::Find(const std::string& id) const {
  const auto it = by_id_.find(id);
  if (it != by_id_.end()) return static_cast<int>(it->second);
  for (size_t i = 0; i < entities_.size(); ++i) {
    if (entities_[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

std::vector<std::string> RuleTable::Ids() const {
  std::vector<std::string> ids;
  for (const Entity& e : entities_) ids.push_back(e.id);
  return ids;
}

bool RuleTable::AreDistinct(size_t a, size_t b) const {
  const auto lists = [](const Entity& e, const std::string& id) {
    return std::find(e.distinct_from.begin(), e.distinct_from.end(), id) != e.distinct_from.end();
  };
  return lists(entities_[a], entities_[b].id) || lists(entities_[b], entities_[a].id);
}

void RuleTable::AddEntities(std::vector<Entity> entities) {
  if (entities_.empty()) {
    entities_ = std::move(entities);
    return;
  }
  entities_.reserve(entities_.size() + entities.size());
  for (Entity& e : entities) entities_.push_back(std::move(e));
}

void RuleTable::AddPatterns(std::vector<PatternRule> rules) {
  for (PatternRule& r : rules) patterns_.push_back(std::move(r));
}

void RuleTable::AddWords(std::vector<std::string> words) {
  for (std::string& w : words) words_.push_back(std::move(w));
}

Status RuleTable::OverridePreferred(const std::string& id, const std::string& language,
                                    const std::string& spelling, const SourceLocation& where) {
  const int index = Find(id);
  if (index < 0) {
    return Status::Error(where.ToString() + ": no entity \"" + id + "\" in the rule tables" + DidYouMean(id, Ids()));
  }
  Entity& entity = entities_[index];
  auto& variants = entity.variants;
  const std::string folded = MatchKey(spelling);
  variants.erase(std::remove_if(variants.begin(), variants.end(),
                                [&](const Spelling& v) { return MatchKey(v.text) == folded; }),
                 variants.end());
  if (const Spelling* old = entity.PreferredFor(language)) {
    if (MatchKey(old->text) != folded) variants.push_back(*old);
  }
  entity.preferred[language] = Spelling{spelling, SpellingTag::kNone, "", "", where};
  entity.overridden[language] = where;
  return Status::Ok();
}

Status RuleTable::AddVariant(const std::string& id, const std::string& spelling, const SourceLocation& where) {
  const int index = Find(id);
  if (index < 0) {
    return Status::Error(where.ToString() + ": no entity \"" + id + "\" in the rule tables" + DidYouMean(id, Ids()));
  }
  Entity& entity = entities_[index];
  const std::string folded = MatchKey(spelling);
  const auto same = [&](const Spelling& s) { return MatchKey(s.text) == folded; };
  if (std::any_of(entity.variants.begin(), entity.variants.end(), same)) return Status::Ok();
  for (const auto& [language, preferred] : entity.preferred) {
    if (same(preferred)) return Status::Ok();
  }
  entity.variants.push_back(Spelling{spelling, SpellingTag::kNone, "", "", where});
  return Status::Ok();
}

Status RuleTable::CheckIds() {
  by_id_.clear();
  by_id_.reserve(entities_.size());
  for (size_t i = 0; i < entities_.size(); ++i) {
    const auto [it, inserted] = by_id_.emplace(entities_[i].id, i);
    if (!inserted) {
      return Status::Error(entities_[i].where.ToString() + ": duplicate entity id \"" + entities_[i].id +
                           "\" (first defined at " + entities_[it->second].where.ToString() + ")");
    }
  }
  for (const Entity& e : entities_) {
    for (const std::string& other : e.distinct_from) {
      if (by_id_.count(other) == 0) {
        return Status::Error(e.where.ToString() + ": entity \"" + e.id + "\" is distinct_from unknown entity \"" +
                             other + "\"" + DidYouMean(other, Ids()));
      }
    }
  }
  return Status::Ok();
}

Status RuleTable::CheckSharedSpellings() const {
  struct Claim {
    size_t entity;
    const Spelling* spelling;
  };
  // Keyed by a hash of the match key; equal hashes are confirmed on the keys.
  std::unordered_multimap<size_t, Claim> claims;
  claims.reserve(entities_.size() * 4);
  for (size_t i = 0; i < entities_.size(); ++i) {
    const Entity& e = entities_[i];
    std::vector<const Spelling*> spellings;
    for (const auto& [lang, s] : e.preferred) spellings.push_back(&s);
    for (const Spelling& s : e.variants) spellings.push_back(&s);
    for (const Spelling* s : spellings) {
      const std::string key = MatchKey(s->text);
      const size_t hash = std::hash<std::string>{}(key);
      const auto [first, last] = claims.equal_range(hash);
      for (auto it = first; it != last; ++it) {
        const Claim& other = it->second;
        if (other.entity == i || AreDistinct(other.entity, i) || MatchKey(other.spelling->text) != key) continue;
        return Status::Error(s->where.ToString() + ": spelling \"" + s->text + "\" of \"" + e.id +
                             "\" is also a spelling of \"" + entities_[other.entity].id + "\" (" +
                             other.spelling->where.ToString() +
                             "); merge the two entities, or add distinct_from if they are different");
      }
      claims.emplace(hash, Claim{i, s});
    }
  }
  return Status::Ok();
}

Status RuleTable::Finalize() {
  std::unordered_map<std::string, const PatternRule*> pattern_ids;
  for (const PatternRule& p : patterns_) {
    const auto [it, added] = pattern_ids.emplace(p.id, &p);
    if (!added) {
      return Status::Error(p.where.ToString() + ": duplicate pattern id \"" + p.id + "\" (first defined at " +
                           it->second->where.ToString() + ")");
    }
  }
  Status status = CheckIds();
  if (!status.ok()) return status;
  return CheckSharedSpellings();
}

}  // namespace translint
