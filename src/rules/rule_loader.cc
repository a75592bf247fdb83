#include "rules/rule_loader.h"

#include <cctype>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "base/file_io.h"
#include "rules/rule_cache.h"
#include "rules/yaml_reader.h"

namespace translint {

namespace {

const std::vector<std::string> kEntityKeys = {"id",         "kind",          "original", "preferred",
                                              "variants",   "distinct_from", "exceptions", "source",
                                              "examples"};
const std::vector<std::string> kLanguages = {"en", "de", "fr", "ru", "uk", "be", "ky", "kk", "tg", "uz", "tk"};

class EntityParser {
 public:
  explicit EntityParser(const YamlReader& yaml) : yaml_(yaml) {}

  Status Parse(const YAML::Node& node, Entity* e) {
    std::map<std::string, YAML::Node> f;
    Status s = yaml_.ReadMap(node, "entity", kEntityKeys, {"id", "kind", "preferred"}, &f);
    if (!s.ok()) return s;
    e->where = yaml_.Where(node);
    if (!(s = ParseId(f["id"], &e->id)).ok()) return s;
    Result<std::string> kind = yaml_.ReadChoice(f["kind"], "entity kind", EntityKindNames());
    if (!kind.ok()) return kind.status();
    e->kind = static_cast<EntityKind>(IndexOf(EntityKindNames(), *kind));
    if (f.count("original") && !(s = ParseOriginal(f["original"], e)).ok()) return s;
    if (!(s = ParsePreferred(f["preferred"], e)).ok()) return s;
    if (f.count("variants") && !(s = ParseVariants(f["variants"], e)).ok()) return s;
    if (f.count("distinct_from") && !(s = ReadList(f["distinct_from"], "distinct_from", &e->distinct_from)).ok()) {
      return s;
    }
    if (f.count("exceptions") && !(s = ReadList(f["exceptions"], "exceptions", &e->exceptions)).ok()) return s;
    if (f.count("source")) {
      Result<std::string> source = yaml_.ReadString(f["source"], "source");
      if (!source.ok()) return source.status();
      e->source = *source;
    }
    if (f.count("examples") && !(s = ParseExamples(f["examples"], e)).ok()) return s;
    return Status::Ok();
  }

 private:
  static size_t IndexOf(const std::vector<std::string>& names, const std::string& name) {
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == name) return i;
    }
    return 0;
  }

  Status ReadList(const YAML::Node& node, const std::string& what, std::vector<std::string>* out) {
    Result<std::vector<std::string>> list = yaml_.ReadStringList(node, what);
    if (!list.ok()) return list.status();
    *out = std::move(*list);
    return Status::Ok();
  }

  Status ParseId(const YAML::Node& node, std::string* id) {
    Result<std::string> value = yaml_.ReadString(node, "id");
    if (!value.ok()) return value.status();
    for (char c : *value) {
      if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-')) {
        return yaml_.ErrorAt(node, "id \"" + *value + "\" may only contain a-z, 0-9 and \"-\"");
      }
    }
    *id = *value;
    return Status::Ok();
  }

  Result<std::string> ReadLanguage(const YAML::Node& key) {
    return yaml_.ReadChoice(key, "language", kLanguages);
  }

  Status ParseOriginal(const YAML::Node& node, Entity* e) {
    if (!node.IsMap()) return yaml_.ErrorAt(node, "original must map languages to names, e.g. { ru: Сергей Лавров }");
    for (const auto& item : node) {
      Result<std::string> lang = ReadLanguage(item.first);
      if (!lang.ok()) return lang.status();
      Result<std::string> text = yaml_.ReadString(item.second, "original form");
      if (!text.ok()) return text.status();
      e->original[*lang] = *text;
    }
    return Status::Ok();
  }

  Result<Spelling> ParseSpelling(const YAML::Node& node, const std::string& what) {
    Spelling spelling;
    spelling.where = yaml_.Where(node);
    if (node.IsScalar()) {
      Result<std::string> text = yaml_.ReadString(node, what);
      if (!text.ok()) return text.status();
      spelling.text = *text;
      return spelling;
    }
    std::map<std::string, YAML::Node> f;
    Status s = yaml_.ReadMap(node, what, {"spelling", "tag"}, {"spelling"}, &f);
    if (!s.ok()) return s;
    Result<std::string> text = yaml_.ReadString(f["spelling"], "spelling");
    if (!text.ok()) return text.status();
    spelling.text = *text;
    if (f.count("tag")) {
      std::vector<std::string> tags(SpellingTagNames().begin() + 1, SpellingTagNames().end());
      Result<std::string> tag = yaml_.ReadChoice(f["tag"], "tag", tags);
      if (!tag.ok()) return tag.status();
      spelling.tag = static_cast<SpellingTag>(IndexOf(SpellingTagNames(), *tag));
    }
    return spelling;
  }

  Status ParsePreferred(const YAML::Node& node, Entity* e) {
    if (!node.IsMap() || node.size() == 0) {
      return yaml_.ErrorAt(node, "preferred must map target languages to spellings, e.g. { en: Sadyr Japarov }");
    }
    for (const auto& item : node) {
      Result<std::string> lang = ReadLanguage(item.first);
      if (!lang.ok()) return lang.status();
      Result<Spelling> spelling = ParseSpelling(item.second, "preferred spelling");
      if (!spelling.ok()) return spelling.status();
      e->preferred[*lang] = std::move(*spelling);
    }
    return Status::Ok();
  }

  Status ParseVariants(const YAML::Node& node, Entity* e) {
    if (!node.IsSequence()) return yaml_.ErrorAt(node, "variants must be a list");
    for (const auto& item : node) {
      Result<Spelling> spelling = ParseSpelling(item, "variant");
      if (!spelling.ok()) return spelling.status();
      e->variants.push_back(std::move(*spelling));
    }
    return Status::Ok();
  }

  Status ParseExamples(const YAML::Node& node, Entity* e) {
    if (!node.IsSequence()) return yaml_.ErrorAt(node, "examples must be a list");
    for (const auto& item : node) {
      std::map<std::string, YAML::Node> f;
      Status s = yaml_.ReadMap(item, "example", {"flag", "ok", "fixed", "language"}, {}, &f);
      if (!s.ok()) return s;
      if (f.count("flag") == f.count("ok")) return yaml_.ErrorAt(item, "an example has exactly one of \"flag\" or \"ok\"");
      if (f.count("fixed") && f.count("ok")) return yaml_.ErrorAt(item, "\"fixed\" goes with a \"flag\" example");
      Example example;
      example.where = yaml_.Where(item);
      example.must_flag = f.count("flag") != 0;
      Result<std::string> text = yaml_.ReadString(example.must_flag ? f["flag"] : f["ok"], "example text");
      if (!text.ok()) return text.status();
      example.text = *text;
      if (f.count("fixed")) {
        Result<std::string> fixed = yaml_.ReadString(f["fixed"], "fixed text");
        if (!fixed.ok()) return fixed.status();
        example.fixed = *fixed;
      }
      if (f.count("language")) {
        Result<std::string> lang = ReadLanguage(f["language"]);
        if (!lang.ok()) return lang.status();
        example.language = *lang;
      }
      e->examples.push_back(std::move(example));
    }
    return Status::Ok();
  }

  const YamlReader& yaml_;
};

}  // namespace

const std::vector<std::string>& RuleKinds() {
  static const std::vector<std::string> kKinds = {"entities"};
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
  if (!kinds.count("entities")) return Status::Ok();
  const YAML::Node& entities = kinds["entities"];
  if (!entities.IsSequence()) return yaml->ErrorAt(entities, "entities must be a list");
  EntityParser parser(*yaml);
  for (const auto& node : entities) {
    Entity entity;
    if (!(s = parser.Parse(node, &entity)).ok()) return s;
    table->AddEntity(std::move(entity));
  }
  return Status::Ok();
}

namespace {

// Best effort: a cache that cannot be written only costs time. Cache files not
// used for a week are removed, so the folder does not grow without bound.
void WriteRuleCache(const std::string& folder, const std::string& file, const std::vector<Entity>& entities) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (!WriteFileAtomically(file, SerializeEntities(entities), std::nullopt).ok()) return;
  const auto week_ago = fs::file_time_type::clock::now() - std::chrono::hours(24 * 7);
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (entry.path().extension() == ".bin" && entry.last_write_time(ec) < week_ago) fs::remove(entry.path(), ec);
  }
}

}  // namespace

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
    if (Result<std::string> bytes = ReadFile(cache_file); bytes.ok()) {
      if (std::optional<std::vector<Entity>> entities = DeserializeEntities(*bytes)) {
        table->AddEntities(std::move(*entities));
        std::error_code ec;  // mark as used, so pruning keeps it
        std::filesystem::last_write_time(cache_file, std::filesystem::file_time_type::clock::now(), ec);
        return Status::Ok();
      }
    }
  }
  RuleTable parsed;
  for (const auto& [file, text] : files) {
    Status s = LoadRuleText(file, text, &parsed);
    if (!s.ok()) return s;
  }
  if (!cache_file.empty()) WriteRuleCache(cache_folder, cache_file, parsed.entities());
  table->AddEntities(std::vector<Entity>(parsed.entities()));
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
