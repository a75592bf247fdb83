// Parser of the `patterns:` rule kind (schema in rules/pattern_rule.h).
#include <map>

#include "rules/yaml_fields.h"

namespace translint {

namespace {

const std::vector<std::string> kPatternKeys = {"id",          "message",   "phrases",  "pattern", "severity",
                                               "fix",         "replacement", "languages", "examples", "unless",
                                               "first_only", "source"};

}  // namespace

Status ParsePattern(const YamlReader& yaml, const YAML::Node& node, PatternRule* rule) {
  std::map<std::string, YAML::Node> f;
  Status s = yaml.ReadMap(node, "pattern rule", kPatternKeys, {"id", "message"}, &f);
  if (!s.ok()) return s;
  rule->where = yaml.Where(node);
  if (!(s = ReadId(yaml, f["id"], "-/", &rule->id)).ok()) return s;
  if (rule->id.find('/') == std::string::npos || rule->id.front() == '/' || rule->id.back() == '/') {
    return yaml.ErrorAt(f["id"], "pattern id \"" + rule->id + "\" must be \"group/name\", e.g. \"calque/creative-team\"");
  }
  Result<std::string> message = yaml.ReadString(f["message"], "message");
  if (!message.ok()) return message.status();
  rule->message = *message;
  if (f.count("phrases") == f.count("pattern")) {
    return yaml.ErrorAt(node, "a pattern rule has exactly one of \"phrases\" or \"pattern\"");
  }
  if (f.count("phrases") && !(s = ReadStringListInto(yaml, f["phrases"], "phrases", &rule->phrases)).ok()) return s;
  if (f.count("pattern")) {
    Result<std::string> pattern = yaml.ReadString(f["pattern"], "pattern");
    if (!pattern.ok()) return pattern.status();
    rule->pattern = *pattern;
    rule->pattern_where = yaml.Where(f["pattern"]);
  }
  if (f.count("severity")) {
    Result<std::string> severity = yaml.ReadChoice(f["severity"], "severity", {"info", "warning", "error"});
    if (!severity.ok()) return severity.status();
    rule->severity = *severity;
  }
  if (f.count("fix")) {
    Result<std::string> fix = yaml.ReadChoice(f["fix"], "fix", FixModeNames());
    if (!fix.ok()) return fix.status();
    rule->fix = static_cast<FixMode>(IndexOf(FixModeNames(), *fix));
  }
  if (f.count("replacement")) {
    if (!f["replacement"].IsScalar()) return yaml.ErrorAt(f["replacement"], "replacement must be a string");
    rule->replacement = f["replacement"].Scalar();  // may be empty: delete the match
  }
  if (rule->fix != FixMode::kNone && !f.count("replacement")) {
    return yaml.ErrorAt(node, "fix: " + FixModeNames()[static_cast<size_t>(rule->fix)] + " needs a \"replacement\"");
  }
  if (f.count("languages")) {
    if (!f["languages"].IsSequence()) return yaml.ErrorAt(f["languages"], "languages must be a list, e.g. [en]");
    for (const auto& item : f["languages"]) {
      Result<std::string> lang = ReadLanguageCode(yaml, item);
      if (!lang.ok()) return lang.status();
      rule->languages.push_back(*lang);
    }
  }
  if (f.count("first_only")) {
    Result<bool> first_only = yaml.ReadBool(f["first_only"], "first_only");
    if (!first_only.ok()) return first_only.status();
    rule->first_only = *first_only;
  }
  if (f.count("unless")) {
    Result<std::string> unless = yaml.ReadString(f["unless"], "unless");
    if (!unless.ok()) return unless.status();
    rule->unless = *unless;
    rule->unless_where = yaml.Where(f["unless"]);
  }
  if (f.count("source")) {
    Result<std::string> source = yaml.ReadString(f["source"], "source");
    if (!source.ok()) return source.status();
    rule->source = *source;
    rule->source_where = yaml.Where(f["source"]);
  }
  if (f.count("examples") && !(s = ParseExamples(yaml, f["examples"], &rule->examples)).ok()) return s;
  for (size_t i = 0; i < rule->examples.size(); ++i) {
    if (rule->examples[i].source.empty() == rule->source.empty()) continue;
    return yaml.ErrorAt(f["examples"][i], rule->source.empty()
                                               ? "an example gives a source, but the rule has no \"source\" pattern"
                                               : "the rule fires on a source pattern: each example needs its \"source\"");
  }
  return Status::Ok();
}

}  // namespace translint
