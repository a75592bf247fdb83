// RuleTable: the validated contents of all loaded rule tables.
//
// Built by RuleLoader (which checks each rule's fields) and then Finalize(),
// which checks what spans rules: unique entity and pattern ids, known
// distinct_from ids, and no spelling claimed by two entities unless one lists the
// other in distinct_from.
// Apply `preferred` overrides from a project's config before Finalize(). After
// Finalize() the table is immutable and may be shared by threads.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "rules/entity.h"
#include "rules/pattern_rule.h"

namespace translint {

class RuleTable {
 public:
  void AddEntity(Entity entity) { entities_.push_back(std::move(entity)); }
  void AddEntities(std::vector<Entity> entities);
  void AddPattern(PatternRule rule) { patterns_.push_back(std::move(rule)); }
  void AddPatterns(std::vector<PatternRule> rules);
  // Words of the region that every dictionary should know (currencies, titles,
  // name particles): spelling never reports or changes them.
  void AddWords(std::vector<std::string> words);

  // Makes `spelling` the preferred form of entity `id` for `language`; the old
  // preferred form becomes a variant. `where` locates the override (config).
  Status OverridePreferred(const std::string& id, const std::string& language, const std::string& spelling,
                           const SourceLocation& where);
  // Adds `spelling` to the variants of entity `id` (a spelling it already has
  // is left as it is). `where` locates the addition (config).
  Status AddVariant(const std::string& id, const std::string& spelling, const SourceLocation& where);

  Status Finalize();

  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<PatternRule>& patterns() const { return patterns_; }
  const std::vector<std::string>& words() const { return words_; }
  // Index of entity `id`, or -1.
  int Find(const std::string& id) const;
  bool AreDistinct(size_t a, size_t b) const;
  std::vector<std::string> Ids() const;

 private:
  Status CheckIds();
  Status CheckSharedSpellings() const;

  std::vector<Entity> entities_;
  std::vector<PatternRule> patterns_;
  std::vector<std::string> words_;
  std::unordered_map<std::string, size_t> by_id_;
};

}  // namespace translint
