// Config: a project's settings, from `.translint.yaml`.
//
//   language: en                 # target language of the texts (en, de, fr, ...)
//   source_language: ru          # of bilingual inputs' sources, when the file does not say
//   rules: [house-rules/]        # extra rule tables, relative to this file
//   default_rules: true          # also load the shipped tables
//   fail_on: warning             # lowest severity that makes the exit code 1
//   extensions: [.md, .txt]      # files picked up when walking folders
//   checks:                      # severity per check: off, info, warning, error
//     names/inconsistent: info
//   preferred:                   # override house spellings: entity id -> language -> spelling
//     kyiv: { en: Kiev }
//   variants:                    # more spellings of listed entities: entity id -> spellings
//     kassym-jomart-tokayev: [Qasym-Jomart Tokayev]
//   archive:                     # field names of JSON Lines records (each a name or a list)
//     text: body                 # default: text, body, content
//     date: published            # also title, outlet, id, language
//   spelling:
//     dictionary: en_GB          # Hunspell dictionary (default: en_US, de_DE, fr_FR by language)
//     words: [Kaktus, Kloop]     # words that are always right
//     wordlist: words.txt        # one word per line, relative to this file
//
// Loading is strict (unknown keys and severities are errors at file:line:col
// with a "did you mean"; unknown check ids are reported the same way by the
// Linter). Config is a plain value.
#pragma once

#include <map>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "base/status.h"
#include "diag/severity.h"
#include "formats/reader.h"
#include "rules/yaml_reader.h"

namespace translint {

inline constexpr char kConfigFileName[] = ".translint.yaml";

struct PreferredOverride {
  std::string entity;
  std::string language;
  std::string spelling;
  SourceLocation where;
};

// A spelling the project adds to a listed entity's variants.
struct VariantAddition {
  std::string entity;
  std::string spelling;
  SourceLocation where;
};

struct Config {
  std::string path;  // the file it came from; "" for the defaults
  std::string language = "en";
  std::string source_language;  // "" = the file's, else Russian for Cyrillic sources
  std::vector<std::string> rules;  // resolved against the config's folder
  bool default_rules = true;
  bool generated_variants = true;  // romanize the tables' original forms (transliteration/)
  Severity fail_on = Severity::kWarning;
  std::vector<std::string> extensions = {".md", ".txt", ".jsonl", ".html", ".htm", ".po", ".xlf", ".xliff", ".tmx"};
  ArchiveFields archive;
  std::map<std::string, Severity> checks;
  std::map<std::string, SourceLocation> check_locations;  // where `checks` names each id
  std::vector<PreferredOverride> preferred;
  std::vector<VariantAddition> variants;
  std::string dictionary;  // "" = by language
  SourceLocation dictionary_where;
  std::vector<std::string> words;
  std::vector<std::string> wordlists;  // resolved against the config's folder
};

// The languages translint checks.
inline constexpr const char* kLanguages[] = {"en", "de", "fr", "ru"};
// `language` as translint names it ("EN" -> "en"), or "" when it is not one of kLanguages.
std::string NormalizedLanguage(std::string_view language);
// The message for a language translint does not check.
std::string UnknownLanguage(std::string_view language);

// Parses a config file's text. Check ids are validated by the Linter, which
// knows the pattern rules of the tables too.
Result<Config> ParseConfig(const std::string& path, const std::string& text);
Result<Config> LoadConfig(const std::string& path);

// The nearest `.translint.yaml` in `folder` or above it, or "".
std::string DiscoverConfig(const std::string& folder);

// The effective configuration as YAML (for --print-config).
std::string ConfigToYaml(const Config& config);

}  // namespace translint
