#include "translit/scheme_set.h"

#include <filesystem>

#include "base/file_io.h"

namespace translint {

std::string Scheme::Reading() const {
  const std::string suffix = id.substr(id.rfind('-') + 1);
  return suffix == "de" || suffix == "fr" ? suffix : "en";
}

Result<SchemeSet> SchemeSet::Load(const std::string& folder) {
  Result<std::vector<std::string>> files = ExpandPaths({folder}, {".txt"});
  if (!files.ok()) return Status::Error("transliteration schemes: " + files.status().message());
  SchemeSet set;
  for (const std::string& file : *files) {
    const std::string id = std::filesystem::path(file).stem().string();
    const size_t latn = id.find("-Latn-");
    if (latn == std::string::npos || latn == 0) {
      return Status::Error(file + ":1: a scheme file is named <language>-Latn-<scheme>.txt, e.g. ru-Latn-bgn.txt");
    }
    Result<std::string> rules = ReadFile(file);
    if (!rules.ok()) return rules.status();
    Result<std::unique_ptr<Transliterator>> t = Transliterator::FromRules(id, *rules, file);
    if (!t.ok()) return t.status();
    set.schemes_.push_back(Scheme{id, id.substr(0, latn), std::move(*t)});
  }
  return set;
}

std::vector<const Scheme*> SchemeSet::ForLanguage(const std::string& language) const {
  std::vector<const Scheme*> out;
  for (const Scheme& s : schemes_) {
    if (s.language == language) out.push_back(&s);
  }
  return out;
}

}  // namespace translint
