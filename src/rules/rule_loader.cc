#include "rules/rule_loader.h"

#include <cctype>
#include <cstdio>

#include "base/cache_file.h"
#include "base/file_io.h"
#include "rules/rule_cache.h"
#include "rules/yaml_fields.h"
#include "rules/yaml_reader.h"

namespace translint {

const std::vector<std::string>& RuleKinds() {
  static const std::vector<std::string> kKinds = {"entities", "patterns", "words"};
  return kKinds;
}

Status LoadRuleText(const std::string& file, const std::string& text, RuleTable* table) {
  Result<YamlReader> yaml = YamlReader::Parse(file, text);
  if (!yaml.ok()) return yaml.status();
  const YAML::Node& root = yaml->root();
  if (root.IsNull()) return Status::Ok();  // an empty table
  std::map<std::string, YAML::Node> kinds;
  Status s = yaml->ReadMap(root, "rule table", RuleKinds(), {}, &kinds);
  if (!s.ok()) return s;
  if (kinds.count("entities")) {
    const YAML::Node& entities = kinds["entities"];
    if (!entities.IsSequence()) return yaml->ErrorAt(entities, "entities must be a list");
    for (const auto& node : entities) {
      Entity entity;
      if (!(s = ParseEntity(*yaml, node, &entity)).ok()) return s;
      table->AddEntity(std::move(entity));
    }
  }
  if (kinds.count("patterns")) {
    const YAML::Node& patterns = kinds["patterns"];
    if (!patterns.IsSequence()) return yaml->ErrorAt(patterns, "patterns must be a list");
    for (const auto& node : patterns) {
      PatternRule rule;
      if (!(s = ParsePattern(*yaml, node, &rule)).ok()) return s;
      table->AddPattern(std::move(rule));
    }
  }
  if (kinds.count("words")) {
    Result<std::vector<std::string>> words = yaml->ReadStringList(kinds["words"], "words");
    if (!words.ok()) return words.status();
    const YAML::Node& list = kinds["words"];
    for (size_t i = 0; i < words->size(); ++i) {
      if ((*words)[i].empty() || (*words)[i].find_first_of(" \t\n") != std::string::npos) {
        return yaml->ErrorAt(list.IsSequence() ? list[i] : list,
                             "\"" + (*words)[i] + "\" is not one word: list single words");
      }
    }
    table->AddWords(std::move(*words));
  }
  return Status::Ok();
}

Status LoadRulePaths(const std::vector<std::string>& paths, const std::string& cache_folder, RuleTable* table) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& path : paths) {
    Result<std::vector<std::string>> found = ExpandPaths({path}, {".yaml", ".yml"});
    if (!found.ok()) return Status::Error("rule tables: " + found.status().message());
    for (const std::string& file : *found) {
      Result<std::string> text = ReadFile(file);
      if (!text.ok()) return text.status();
      files.emplace_back(file, std::move(*text));
    }
  }
  char name[32];
  std::snprintf(name, sizeof name, "/%016llx.bin", static_cast<unsigned long long>(RuleCacheKey(files)));
  const std::string cache_file = cache_folder.empty() ? "" : cache_folder + name;
  if (!cache_file.empty()) {
    if (std::optional<std::string> bytes = ReadCacheFile(cache_file); bytes && DeserializeRules(*bytes, table)) {
      return Status::Ok();
    }
  }
  RuleTable parsed;
  for (const auto& [file, text] : files) {
    Status s = LoadRuleText(file, text, &parsed);
    if (!s.ok()) return s;
  }
  if (!cache_file.empty()) WriteCacheFile(cache_file, SerializeRules(parsed));
  table->AddEntities(std::vector<Entity>(parsed.entities()));
  table->AddPatterns(std::vector<PatternRule>(parsed.patterns()));
  table->AddWords(std::vector<std::string>(parsed.words()));
  return Status::Ok();
}

Status LoadRulePath(const std::string& path, RuleTable* table) {
  Result<std::vector<std::string>> files = ExpandPaths({path}, {".yaml", ".yml"});
  if (!files.ok()) return Status::Error("rule tables: " + files.status().message());
  for (const std::string& file : *files) {
    Result<std::string> text = ReadFile(file);
    if (!text.ok()) return text.status();
    Status s = LoadRuleText(file, *text, table);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace translint
