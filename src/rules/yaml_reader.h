// YamlReader: strict, located reading of YAML files (rule tables and config).
//
// The one boundary where yaml-cpp's exceptions become Status values. Every error
// message starts with "file:line:col: " (1-based) and, for unknown keys and
// values, ends with a "did you mean" suggestion. A YamlReader borrows nothing:
// it keeps the file name and the parsed root, and Node handles stay valid as long
// as the reader. Not thread-safe; use one reader per file.
#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"

namespace translint {

struct SourceLocation {
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
  std::string ToString() const;  // "file:line:col"
};

class YamlReader {
 public:
  // Parses `text`; a syntax error is a Status at its location.
  static Result<YamlReader> Parse(std::string file, const std::string& text);

  const YAML::Node& root() const { return root_; }
  const std::string& file() const { return file_; }

  SourceLocation Where(const YAML::Node& node) const;
  Status ErrorAt(const YAML::Node& node, const std::string& message) const;

  // Checks that `node` is a mapping whose keys are all in `allowed` and unique,
  // and that every key in `required` is present. Fills `out` with key -> value.
  Status ReadMap(const YAML::Node& node, const std::string& what, const std::vector<std::string>& allowed,
                 const std::vector<std::string>& required, std::map<std::string, YAML::Node>* out) const;
  // A non-empty string scalar.
  Result<std::string> ReadString(const YAML::Node& node, const std::string& what) const;
  Result<bool> ReadBool(const YAML::Node& node, const std::string& what) const;
  // A scalar that must be one of `choices`.
  Result<std::string> ReadChoice(const YAML::Node& node, const std::string& what,
                                 const std::vector<std::string>& choices) const;
  // A sequence of non-empty strings (a single string is accepted as a list of one).
  Result<std::vector<std::string>> ReadStringList(const YAML::Node& node, const std::string& what) const;

 private:
  YamlReader(std::string file, YAML::Node root) : file_(std::move(file)), root_(std::move(root)) {}

  std::string file_;
  YAML::Node root_;
};

}  // namespace translint
