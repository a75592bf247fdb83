// Parser of the `entities:` rule kind (schema in rules/entity.h).
#include <map>

#include "base/iso_date.h"
#include "rules/yaml_fields.h"

namespace translint {

namespace {

const std::vector<std::string> kEntityKeys = {"id",         "kind",          "original", "preferred",
                                              "variants",   "distinct_from", "exceptions", "source",
                                              "examples"};

class Parser {
 public:
  explicit Parser(const YamlReader& yaml) : yaml_(yaml) {}

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
    if (f.count("examples") && !(s = ParseExamples(yaml_, f["examples"], &e->examples)).ok()) return s;
    return Status::Ok();
  }

 private:
  Status ReadList(const YAML::Node& node, const std::string& what, std::vector<std::string>* out) {
    return ReadStringListInto(yaml_, node, what, out);
  }

  Status ParseId(const YAML::Node& node, std::string* id) { return ReadId(yaml_, node, "-", id); }

  Result<std::string> ReadLanguage(const YAML::Node& key) { return ReadLanguageCode(yaml_, key); }

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
    Status s = yaml_.ReadMap(node, what, {"spelling", "tag", "from", "until"}, {"spelling"}, &f);
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
    for (const auto& [key, out] : {std::pair{"from", &spelling.valid_from}, std::pair{"until", &spelling.valid_until}}) {
      if (!f.count(key)) continue;
      Result<std::string> date = yaml_.ReadString(f[key], key);
      if (!date.ok()) return date.status();
      if (IsoDate(*date) != *date) return yaml_.ErrorAt(f[key], std::string(key) + " must be a date written YYYY-MM-DD, not \"" + *date + "\"");
      *out = *date;
    }
    if (!spelling.valid_from.empty() && !spelling.valid_until.empty() && spelling.valid_until < spelling.valid_from) {
      return yaml_.ErrorAt(f["until"], "until (" + spelling.valid_until + ") is before from (" + spelling.valid_from + ")");
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

  const YamlReader& yaml_;
};

}  // namespace

Status ParseEntity(const YamlReader& yaml, const YAML::Node& node, Entity* entity) {
  return Parser(yaml).Parse(node, entity);
}

}  // namespace translint
