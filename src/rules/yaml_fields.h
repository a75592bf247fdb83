// Field readers shared by the rule kinds' parsers (entities, patterns): ids,
// language codes, string lists and `examples`. Each returns a located Status.
#pragma once

#include <string>
#include <vector>

#include "rules/entity.h"
#include "rules/pattern_rule.h"
#include "rules/yaml_reader.h"

namespace translint {

// The language codes rule tables may use.
const std::vector<std::string>& LanguageCodes();
Result<std::string> ReadLanguageCode(const YamlReader& yaml, const YAML::Node& node);

// An id of a-z, 0-9 and the characters in `extra` (e.g. "-" or "-/").
Status ReadId(const YamlReader& yaml, const YAML::Node& node, const std::string& extra, std::string* id);

Status ReadStringListInto(const YamlReader& yaml, const YAML::Node& node, const std::string& what,
                          std::vector<std::string>* out);

// A list of { flag | ok, fixed?, language? } examples.
Status ParseExamples(const YamlReader& yaml, const YAML::Node& node, std::vector<Example>* out);

// Index of `name` in `names` (0 if absent).
size_t IndexOf(const std::vector<std::string>& names, const std::string& name);

// Parse one item of `entities:` (rules/entity.h) and of `patterns:` (rules/pattern_rule.h).
Status ParseEntity(const YamlReader& yaml, const YAML::Node& node, Entity* entity);
Status ParsePattern(const YamlReader& yaml, const YAML::Node& node, PatternRule* rule);

}  // namespace translint
