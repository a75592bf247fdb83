#include "translit/scheme_set.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include "base/file_io.h"

namespace translint {

std::string Scheme::Reading() const {
  const std::string suffix = id.substr(id.rfind('-') + 1);
  return suffix == "de" || suffix == "fr" ? suffix : "en";
}

namespace {

// A "::" pass that runs another scheme of the folder, and the line it is on.
struct Call {
  std::string name;  // "ru-Latn/de"
  int line;
};

struct RuleFile {
  std::string path;
  std::string id;
  std::string rules;
  std::vector<Call> calls;
};

// The passes of `rules` that name a scheme ("xx-Latn/yy"); ICU's own transforms
// ("Kirghiz-Latin/BGN", "NFC") are left to ICU.
std::vector<Call> SchemeCalls(const std::string& rules) {
  std::vector<Call> calls;
  std::istringstream in(rules);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const size_t colons = line.find_first_not_of(" \t");
    if (colons == std::string::npos || line.compare(colons, 2, "::") != 0) continue;
    const size_t begin = line.find_first_not_of(" \t", colons + 2);
    if (begin == std::string::npos) continue;
    const std::string name = line.substr(begin, line.find_first_of(" \t;(", begin) - begin);
    if (name.find("-Latn/") != std::string::npos) calls.push_back({name, number});
  }
  return calls;
}

Result<std::vector<RuleFile>> ReadRuleFiles(const std::string& folder) {
  Result<std::vector<std::string>> files = ExpandPaths({folder}, {".txt"});
  if (!files.ok()) return Status::Error("transliteration schemes: " + files.status().message());
  std::vector<RuleFile> out;
  std::set<std::string> names;
  for (const std::string& file : *files) {
    const std::string id = std::filesystem::path(file).stem().string();
    const size_t latn = id.find("-Latn-");
    if (latn == std::string::npos || latn == 0) {
      return Status::Error(file + ":1: a scheme file is named <language>-Latn-<scheme>.txt, e.g. ru-Latn-bgn.txt");
    }
    Result<std::string> rules = ReadFile(file);
    if (!rules.ok()) return rules.status();
    names.insert(Transliterator::CallName(id));
    out.push_back(RuleFile{file, id, *rules, SchemeCalls(*rules)});
  }
  for (const RuleFile& file : out) {
    for (const Call& call : file.calls) {
      if (names.count(call.name) == 0) {
        return Status::Error(file.path + ":" + std::to_string(call.line) + ": \"" + call.name +
                             "\" is not a scheme of this folder (a scheme xx-Latn-yy.txt is called as xx-Latn/yy)");
      }
    }
  }
  return out;
}

}  // namespace

Result<SchemeSet> SchemeSet::Load(const std::string& folder) {
  Result<std::vector<RuleFile>> pending = ReadRuleFiles(folder);
  if (!pending.ok()) return pending.status();
  SchemeSet set;
  std::set<std::string> loaded;
  // Callees first: each round compiles the files whose called schemes are loaded.
  while (!pending->empty()) {
    std::vector<RuleFile> waiting;
    for (RuleFile& file : *pending) {
      const bool ready = std::all_of(file.calls.begin(), file.calls.end(),
                                     [&](const Call& call) { return loaded.count(call.name) > 0; });
      if (!ready) {
        waiting.push_back(std::move(file));
        continue;
      }
      Result<std::unique_ptr<Transliterator>> t = Transliterator::FromRules(file.id, file.rules, file.path);
      if (!t.ok()) return t.status();
      (*t)->Callable();
      loaded.insert(Transliterator::CallName(file.id));
      set.schemes_.push_back(Scheme{file.id, file.id.substr(0, file.id.find("-Latn-")), std::move(*t)});
    }
    if (waiting.size() == pending->size()) {
      const RuleFile& file = waiting.front();
      const Call& call = *std::find_if(file.calls.begin(), file.calls.end(),
                                       [&](const Call& c) { return loaded.count(c.name) == 0; });
      return Status::Error(file.path + ":" + std::to_string(call.line) + ": \"" + call.name +
                           "\" calls this scheme back, directly or through others; schemes cannot call in a circle");
    }
    *pending = std::move(waiting);
  }
  std::sort(set.schemes_.begin(), set.schemes_.end(), [](const Scheme& a, const Scheme& b) { return a.id < b.id; });
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
