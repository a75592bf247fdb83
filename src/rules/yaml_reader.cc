#include "rules/yaml_reader.h"

#include <algorithm>
#include <set>

#include "base/suggest.h"

namespace translint {

std::string SourceLocation::ToString() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

Result<YamlReader> YamlReader::Parse(std::string file, const std::string& text) {
  try {
    YAML::Node root = YAML::Load(text);
    return YamlReader(std::move(file), std::move(root));
  } catch (const YAML::Exception& e) {
    return Status::Error(file + ":" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) +
                         ": invalid YAML: " + e.msg);
  }
}

SourceLocation YamlReader::Where(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  return SourceLocation{file_, mark.line + 1, mark.column + 1};
}

Status YamlReader::ErrorAt(const YAML::Node& node, const std::string& message) const {
  const SourceLocation where = Where(node);
  // A null node (missing document) has no mark; point at the file's start.
  if (where.line <= 0) return Status::Error(file_ + ":1:1: " + message);
  return Status::Error(where.ToString() + ": " + message);
}

Status YamlReader::ReadMap(const YAML::Node& node, const std::string& what,
                           const std::vector<std::string>& allowed, const std::vector<std::string>& required,
                           std::map<std::string, YAML::Node>* out) const {
  if (!node.IsMap()) return ErrorAt(node, what + " must be a mapping");
  for (const auto& item : node) {
    if (!item.first.IsScalar()) return ErrorAt(item.first, what + ": keys must be strings");
    const std::string key = item.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      return ErrorAt(item.first, "unknown key \"" + key + "\" in " + what + DidYouMean(key, allowed));
    }
    if (out->count(key) != 0) return ErrorAt(item.first, "duplicate key \"" + key + "\" in " + what);
    (*out)[key] = item.second;
  }
  for (const std::string& key : required) {
    if (out->count(key) == 0) return ErrorAt(node, what + " is missing the required key \"" + key + "\"");
  }
  return Status::Ok();
}

Result<std::string> YamlReader::ReadString(const YAML::Node& node, const std::string& what) const {
  if (!node.IsScalar() || node.Scalar().empty()) return ErrorAt(node, what + " must be a non-empty string");
  return node.Scalar();
}

Result<bool> YamlReader::ReadBool(const YAML::Node& node, const std::string& what) const {
  if (node.IsScalar()) {
    const std::string& s = node.Scalar();
    if (s == "true" || s == "yes" || s == "on") return true;
    if (s == "false" || s == "no" || s == "off") return false;
  }
  return ErrorAt(node, what + " must be true or false");
}

Result<std::string> YamlReader::ReadChoice(const YAML::Node& node, const std::string& what,
                                           const std::vector<std::string>& choices) const {
  Result<std::string> value = ReadString(node, what);
  if (!value.ok()) return value;
  if (std::find(choices.begin(), choices.end(), *value) != choices.end()) return value;
  std::string list;
  for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
  return ErrorAt(node, "unknown " + what + " \"" + *value + "\"" + DidYouMean(*value, choices) + "; expected one of: " + list);
}

Result<std::vector<std::string>> YamlReader::ReadStringList(const YAML::Node& node, const std::string& what) const {
  std::vector<std::string> values;
  if (node.IsScalar()) {
    Result<std::string> one = ReadString(node, what);
    if (!one.ok()) return one.status();
    values.push_back(*one);
    return values;
  }
  if (!node.IsSequence()) return ErrorAt(node, what + " must be a list of strings");
  for (const auto& item : node) {
    Result<std::string> one = ReadString(item, what + " entry");
    if (!one.ok()) return one.status();
    values.push_back(*one);
  }
  return values;
}

}  // namespace translint
