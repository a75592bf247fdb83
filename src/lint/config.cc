#include "lint/config.h"

#include <cctype>
#include <filesystem>

#include "base/file_io.h"
#include "base/suggest.h"

namespace translint {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kKeys = {"language",   "rules",  "default_rules", "fail_on",           "extensions",
                                        "checks",     "preferred", "variants",   "spelling",           "generated_variants",
                                        "archive",    "source_language"};
const std::vector<std::string> kSeverities = {"off", "info", "warning", "error"};

Status ParseChecks(const YamlReader& yaml, const YAML::Node& node, Config* config) {
  if (!node.IsMap()) return yaml.ErrorAt(node, "checks must map check ids to severities");
  for (const auto& item : node) {
    Result<std::string> id = yaml.ReadString(item.first, "check id");
    if (!id.ok()) return id.status();
    config->check_locations[*id] = yaml.Where(item.first);
    Result<std::string> severity = yaml.ReadChoice(item.second, "severity", kSeverities);
    if (!severity.ok()) return severity.status();
    config->checks[*id] = *ParseSeverity(*severity);
  }
  return Status::Ok();
}

Status ParsePreferred(const YamlReader& yaml, const YAML::Node& node, Config* config) {
  if (!node.IsMap()) return yaml.ErrorAt(node, "preferred must map entity ids to { language: spelling }");
  for (const auto& item : node) {
    Result<std::string> id = yaml.ReadString(item.first, "entity id");
    if (!id.ok()) return id.status();
    if (!item.second.IsMap()) return yaml.ErrorAt(item.second, "preferred." + *id + " must map languages to spellings");
    for (const auto& lang : item.second) {
      Result<std::string> language = yaml.ReadString(lang.first, "language");
      if (!language.ok()) return language.status();
      Result<std::string> spelling = yaml.ReadString(lang.second, "spelling");
      if (!spelling.ok()) return spelling.status();
      config->preferred.push_back(PreferredOverride{*id, *language, *spelling, yaml.Where(lang.second)});
    }
  }
  return Status::Ok();
}

Status ParseVariants(const YamlReader& yaml, const YAML::Node& node, Config* config) {
  if (!node.IsMap()) return yaml.ErrorAt(node, "variants must map entity ids to lists of spellings");
  for (const auto& item : node) {
    Result<std::string> id = yaml.ReadString(item.first, "entity id");
    if (!id.ok()) return id.status();
    if (!item.second.IsSequence()) return yaml.ErrorAt(item.second, "variants." + *id + " must be a list of spellings");
    for (const auto& spelling_node : item.second) {
      Result<std::string> spelling = yaml.ReadString(spelling_node, "spelling");
      if (!spelling.ok()) return spelling.status();
      config->variants.push_back(VariantAddition{*id, *spelling, yaml.Where(spelling_node)});
    }
  }
  return Status::Ok();
}

Status ParseSpelling(const YamlReader& yaml, const YAML::Node& node, const fs::path& folder, Config* config) {
  std::map<std::string, YAML::Node> f;
  Status s = yaml.ReadMap(node, "spelling", {"dictionary", "words", "wordlist"}, {}, &f);
  if (!s.ok()) return s;
  if (f.count("dictionary")) {
    Result<std::string> name = yaml.ReadString(f["dictionary"], "dictionary");
    if (!name.ok()) return name.status();
    config->dictionary = *name;
    config->dictionary_where = yaml.Where(f["dictionary"]);
  }
  if (f.count("words")) {
    Result<std::vector<std::string>> words = yaml.ReadStringList(f["words"], "words");
    if (!words.ok()) return words.status();
    config->words = *words;
  }
  if (f.count("wordlist")) {
    Result<std::vector<std::string>> lists = yaml.ReadStringList(f["wordlist"], "wordlist");
    if (!lists.ok()) return lists.status();
    for (const std::string& l : *lists) config->wordlists.push_back(fs::path(l).is_absolute() ? l : (folder / l).string());
  }
  return Status::Ok();
}

// archive: { text: body, date: published, ... }: each a field name or a list of them.
Status ParseArchive(const YamlReader& yaml, const YAML::Node& node, ArchiveFields* fields) {
  std::map<std::string, YAML::Node> f;
  Status s = yaml.ReadMap(node, "archive", {"text", "title", "date", "outlet", "id", "language", "source"}, {}, &f);
  if (!s.ok()) return s;
  const std::pair<const char*, std::vector<std::string>*> keys[] = {
      {"text", &fields->text}, {"title", &fields->title}, {"date", &fields->date},
      {"outlet", &fields->outlet}, {"id", &fields->id}, {"language", &fields->language},
      {"source", &fields->source}};
  for (const auto& [key, out] : keys) {
    if (!f.count(key)) continue;
    Result<std::vector<std::string>> names = yaml.ReadStringList(f[key], std::string("archive.") + key);
    if (!names.ok()) return names.status();
    if (names->empty()) return yaml.ErrorAt(f[key], std::string("archive.") + key + " needs at least one field name");
    *out = *names;
  }
  return Status::Ok();
}

}  // namespace

std::string NormalizedLanguage(std::string_view language) {
  std::string lower;
  for (char c : language) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (const char* known : kLanguages) {
    if (lower == known) return lower;
  }
  return "";
}

std::string UnknownLanguage(std::string_view language) {
  return "unknown language \"" + std::string(language) + "\"; translint checks en, de, fr and ru (Russian sources)";
}

Result<Config> ParseConfig(const std::string& path, const std::string& text) {
  Result<YamlReader> yaml = YamlReader::Parse(path, text);
  if (!yaml.ok()) return yaml.status();
  Config config;
  config.path = path;
  if (yaml->root().IsNull()) return config;
  std::map<std::string, YAML::Node> f;
  Status s = yaml->ReadMap(yaml->root(), "configuration", kKeys, {}, &f);
  if (!s.ok()) return s;
  if (f.count("language")) {
    Result<std::string> language = yaml->ReadString(f["language"], "language");
    if (!language.ok()) return language.status();
    config.language = NormalizedLanguage(*language);
    if (config.language.empty()) return yaml->ErrorAt(f["language"], UnknownLanguage(*language));
  }
  if (f.count("source_language")) {
    Result<std::string> language = yaml->ReadString(f["source_language"], "source_language");
    if (!language.ok()) return language.status();
    config.source_language = PrimaryLanguage(*language);
  }
  const fs::path folder = fs::path(path).parent_path();
  if (f.count("rules")) {
    Result<std::vector<std::string>> rules = yaml->ReadStringList(f["rules"], "rules");
    if (!rules.ok()) return rules.status();
    for (const std::string& r : *rules) config.rules.push_back(fs::path(r).is_absolute() ? r : (folder / r).string());
  }
  if (f.count("default_rules")) {
    Result<bool> value = yaml->ReadBool(f["default_rules"], "default_rules");
    if (!value.ok()) return value.status();
    config.default_rules = *value;
  }
  if (f.count("generated_variants")) {
    Result<bool> value = yaml->ReadBool(f["generated_variants"], "generated_variants");
    if (!value.ok()) return value.status();
    config.generated_variants = *value;
  }
  if (f.count("fail_on")) {
    Result<std::string> value = yaml->ReadChoice(f["fail_on"], "severity", {"info", "warning", "error"});
    if (!value.ok()) return value.status();
    config.fail_on = *ParseSeverity(*value);
  }
  if (f.count("extensions")) {
    Result<std::vector<std::string>> value = yaml->ReadStringList(f["extensions"], "extensions");
    if (!value.ok()) return value.status();
    config.extensions = *value;
  }
  if (f.count("checks") && !(s = ParseChecks(*yaml, f["checks"], &config)).ok()) return s;
  if (f.count("preferred") && !(s = ParsePreferred(*yaml, f["preferred"], &config)).ok()) return s;
  if (f.count("variants") && !(s = ParseVariants(*yaml, f["variants"], &config)).ok()) return s;
  if (f.count("spelling") && !(s = ParseSpelling(*yaml, f["spelling"], folder, &config)).ok()) return s;
  if (f.count("archive") && !(s = ParseArchive(*yaml, f["archive"], &config.archive)).ok()) return s;
  return config;
}

Result<Config> LoadConfig(const std::string& path) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return ParseConfig(path, *text);
}

std::string DiscoverConfig(const std::string& folder) {
  std::error_code ec;
  fs::path dir = fs::absolute(folder.empty() ? "." : folder, ec).lexically_normal();
  if (dir.has_filename() == false && dir.has_parent_path()) dir = dir.parent_path();  // "a/b/" -> "a/b"
  while (!ec) {
    const fs::path candidate = dir / kConfigFileName;
    std::error_code missing;
    if (fs::is_regular_file(candidate, missing)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return "";
}

std::string ConfigToYaml(const Config& config) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "language" << YAML::Value << config.language;
  out << YAML::Key << "source_language" << YAML::Value << (config.source_language.empty() ? "(from the file)" : config.source_language);
  out << YAML::Key << "rules" << YAML::Value << YAML::Flow << config.rules;
  out << YAML::Key << "default_rules" << YAML::Value << config.default_rules;
  out << YAML::Key << "fail_on" << YAML::Value << std::string(ToString(config.fail_on));
  out << YAML::Key << "generated_variants" << YAML::Value << config.generated_variants;
  out << YAML::Key << "extensions" << YAML::Value << YAML::Flow << config.extensions;
  out << YAML::Key << "checks" << YAML::Value << YAML::BeginMap;
  for (const auto& [id, severity] : config.checks) out << YAML::Key << id << YAML::Value << std::string(ToString(severity));
  out << YAML::EndMap;
  out << YAML::Key << "preferred" << YAML::Value << YAML::BeginMap;
  for (const PreferredOverride& p : config.preferred) {
    out << YAML::Key << p.entity << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << p.language
        << YAML::Value << p.spelling << YAML::EndMap;
  }
  out << YAML::EndMap;
  std::map<std::string, std::vector<std::string>> variants;
  for (const VariantAddition& v : config.variants) variants[v.entity].push_back(v.spelling);
  out << YAML::Key << "variants" << YAML::Value << YAML::BeginMap;
  for (const auto& [entity, spellings] : variants) out << YAML::Key << entity << YAML::Value << YAML::Flow << spellings;
  out << YAML::EndMap;
  out << YAML::Key << "spelling" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "dictionary" << YAML::Value << (config.dictionary.empty() ? "(by language)" : config.dictionary);
  out << YAML::Key << "words" << YAML::Value << YAML::Flow << config.words;
  out << YAML::Key << "wordlist" << YAML::Value << YAML::Flow << config.wordlists;
  out << YAML::EndMap;
  const ArchiveFields& a = config.archive;
  out << YAML::Key << "archive" << YAML::Value << YAML::BeginMap;
  for (const auto& [key, names] : {std::pair{"text", &a.text}, std::pair{"title", &a.title}, std::pair{"date", &a.date},
                                   std::pair{"outlet", &a.outlet}, std::pair{"id", &a.id},
                                   std::pair{"language", &a.language}, std::pair{"source", &a.source}}) {
    out << YAML::Key << key << YAML::Value << YAML::Flow << *names;
  }
  out << YAML::EndMap << YAML::EndMap;
  return std::string("# ") + (config.path.empty() ? "built-in defaults (no .translint.yaml found)" : config.path) +
         "\n" + out.c_str() + "\n";
}

}  // namespace translint
