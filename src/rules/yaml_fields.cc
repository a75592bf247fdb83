#include "rules/yaml_fields.h"

#include <cctype>

namespace translint {

const std::vector<std::string>& LanguageCodes() {
  static const std::vector<std::string> kCodes = {"en", "de", "fr", "ru", "uk", "be", "ky", "kk", "tg", "uz", "tk"};
  return kCodes;
}

Result<std::string> ReadLanguageCode(const YamlReader& yaml, const YAML::Node& node) {
  return yaml.ReadChoice(node, "language", LanguageCodes());
}

Status ReadId(const YamlReader& yaml, const YAML::Node& node, const std::string& extra, std::string* id) {
  Result<std::string> value = yaml.ReadString(node, "id");
  if (!value.ok()) return value.status();
  for (char c : *value) {
    const auto b = static_cast<unsigned char>(c);
    if (!(std::islower(b) || std::isdigit(b) || extra.find(c) != std::string::npos)) {
      std::string allowed;
      for (char x : extra) allowed += std::string(allowed.empty() ? "" : " and ") + "\"" + x + "\"";
      return yaml.ErrorAt(node, "id \"" + *value + "\" may only contain a-z, 0-9 and " + allowed);
    }
  }
  *id = *value;
  return Status::Ok();
}

Status ReadStringListInto(const YamlReader& yaml, const YAML::Node& node, const std::string& what,
                          std::vector<std::string>* out) {
  Result<std::vector<std::string>> list = yaml.ReadStringList(node, what);
  if (!list.ok()) return list.status();
  *out = std::move(*list);
  return Status::Ok();
}

Status ParseExamples(const YamlReader& yaml, const YAML::Node& node, std::vector<Example>* out) {
  if (!node.IsSequence()) return yaml.ErrorAt(node, "examples must be a list");
  for (const auto& item : node) {
    std::map<std::string, YAML::Node> f;
    Status s = yaml.ReadMap(item, "example", {"flag", "ok", "fixed", "language", "source"}, {}, &f);
    if (!s.ok()) return s;
    if (f.count("flag") == f.count("ok")) return yaml.ErrorAt(item, "an example has exactly one of \"flag\" or \"ok\"");
    if (f.count("fixed") && f.count("ok")) return yaml.ErrorAt(item, "\"fixed\" goes with a \"flag\" example");
    Example example;
    example.where = yaml.Where(item);
    example.must_flag = f.count("flag") != 0;
    Result<std::string> text = yaml.ReadString(example.must_flag ? f["flag"] : f["ok"], "example text");
    if (!text.ok()) return text.status();
    example.text = *text;
    if (f.count("fixed")) {
      Result<std::string> fixed = yaml.ReadString(f["fixed"], "fixed text");
      if (!fixed.ok()) return fixed.status();
      example.fixed = *fixed;
    }
    if (f.count("source")) {
      Result<std::string> source = yaml.ReadString(f["source"], "example source");
      if (!source.ok()) return source.status();
      example.source = *source;
    }
    if (f.count("language")) {
      Result<std::string> lang = ReadLanguageCode(yaml, f["language"]);
      if (!lang.ok()) return lang.status();
      example.language = *lang;
    }
    out->push_back(std::move(example));
  }
  return Status::Ok();
}

size_t IndexOf(const std::vector<std::string>& names, const std::string& name) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i;
  }
  return 0;
}

}  // namespace translint
