#include "cli/workspace.h"

#include "bilingual/alignment.h"

#include <cstdlib>

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "base/file_io.h"
#include "check/check.h"

namespace translint {

namespace fs = std::filesystem;

std::string ShippedFolder(const std::string& name) {
  std::error_code ec;
  if (const char* data = std::getenv("TRANSLINT_DATA"); data != nullptr && *data != '\0') {
    return (fs::path(data) / name).string();
  }
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& candidate : {exe.parent_path().parent_path() / "share" / "translint" / name,
                                      exe.parent_path().parent_path() / name}) {
      if (fs::is_directory(candidate, ec)) return candidate.string();
    }
  }
  // Not found: the path an installed binary expects, so that the error names it.
  return (exe.parent_path().parent_path() / "share" / "translint" / name).string();
}

std::vector<std::string> Workspace::DefaultRulePaths() const {
  if (!options_.rules.empty()) return options_.rules;
  return {ShippedFolder("rules")};
}

Result<Config> Workspace::ConfigFor(const std::string& folder) {
  const std::string path = options_.config ? *options_.config : DiscoverConfig(folder);
  Config config;
  if (!path.empty()) {
    Result<Config> loaded = LoadConfig(path);
    if (!loaded.ok()) return loaded.status();
    config = std::move(*loaded);
  }
  if (options_.language) {
    config.language = NormalizedLanguage(*options_.language);
    if (config.language.empty()) return Status::Error("--language " + *options_.language + ": " + UnknownLanguage(*options_.language));
  }
  if (options_.source_language) config.source_language = PrimaryLanguage(*options_.source_language);
  return config;
}

Result<const Linter*> Workspace::LinterFor(const std::string& folder) {
  const auto known = by_folder_.find(folder);
  if (known != by_folder_.end()) return known->second;
  Result<Config> config = ConfigFor(folder);
  if (!config.ok()) return config.status();
  std::unique_ptr<Linter>& slot = linters_[config->path];
  if (!slot) {
    std::vector<std::string> rules;
    if (config->default_rules || !options_.rules.empty()) rules = DefaultRulePaths();
    Result<std::unique_ptr<Linter>> linter = Linter::Create(*config, rules, ShippedFolder("transliteration"));
    if (!linter.ok()) return linter.status();
    slot = std::move(*linter);
  }
  by_folder_[folder] = slot.get();
  return slot.get();
}

namespace {

// The paths of a --files-from list: one a line; empty lines are skipped.
Result<std::vector<std::string>> ReadPathList(const std::string& list) {
  Result<std::string> text = ReadFile(list);
  if (!text.ok()) return Status::Error(list + " (--files-from): " + text.status().message());
  std::vector<std::string> paths;
  size_t at = 0;
  while (at < text->size()) {
    size_t end = text->find('\n', at);
    if (end == std::string::npos) end = text->size();
    std::string path = text->substr(at, end - at);
    if (!path.empty() && path.back() == '\r') path.pop_back();
    if (!path.empty()) paths.push_back(std::move(path));
    at = end + 1;
  }
  return paths;
}

// Every count-th file from the index-th (1-based) on: shards of equal size
// whose union is the whole, the same on every machine that sees the same files.
std::vector<InputFile> TakeShard(std::vector<InputFile> files, const Shard& shard) {
  std::vector<InputFile> mine;
  for (size_t i = 0; i < files.size(); ++i) {
    if (i % shard.count == shard.index - 1) mine.push_back(std::move(files[i]));
  }
  return mine;
}

}  // namespace

Result<Shard> ParseShard(const std::string& text) {
  const size_t slash = text.find('/');
  const auto number = [](const std::string& s) -> long {
    if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return -1;
    return std::stol(s);
  };
  const long index = slash == std::string::npos ? -1 : number(text.substr(0, slash));
  const long count = slash == std::string::npos ? -1 : number(text.substr(slash + 1));
  if (index < 1 || count < 1 || index > count) {
    return Status::Error("--shard " + text + ": write K/N, K from 1 to N (--shard 2/4: the second of four shards)");
  }
  return Shard{static_cast<size_t>(index), static_cast<size_t>(count)};
}

ReadOptions ReadOptionsFor(const InputFile& file) {
  ReadOptions options = file.linter->read_options();
  options.source_path = file.source_path;
  return options;
}

Result<std::vector<InputFile>> Workspace::Files() {
  std::vector<InputFile> files;
  std::vector<std::string> paths = options_.paths;
  if (options_.files_from) {
    Result<std::vector<std::string>> listed = ReadPathList(*options_.files_from);
    if (!listed.ok()) return listed.status();
    paths.insert(paths.end(), listed->begin(), listed->end());
  } else if (paths.empty()) {
    paths.push_back(".");
  }
  for (const std::string& path : paths) {
    if (path == "-") {
      Result<const Linter*> linter = LinterFor(fs::path(options_.stdin_filename).parent_path().string());
      if (!linter.ok()) return linter.status();
      files.push_back(InputFile{options_.stdin_filename, true, *linter, ""});
      continue;
    }
    std::error_code ec;
    const bool folder = fs::is_directory(path, ec);
    const std::string where = folder ? path : fs::path(path).parent_path().string();
    Result<const Linter*> linter = LinterFor(where);
    if (!linter.ok()) return linter.status();
    Result<std::vector<std::string>> expanded = ExpandPaths({path}, (*linter)->config().extensions);
    if (!expanded.ok()) return expanded.status();
    for (const std::string& file : *expanded) {
      const std::string file_folder = fs::path(file).parent_path().string();
      Result<const Linter*> own = folder ? LinterFor(file_folder) : linter;
      if (!own.ok()) return own.status();
      InputFile input{file, false, *own, ""};
      // --source DIR: the same path under DIR as the file's under the folder named.
      if (options_.source_dir) {
        const fs::path relative = folder ? fs::path(file).lexically_relative(path) : fs::path(file).filename();
        input.source_path = (fs::path(*options_.source_dir) / relative).string();
      }
      files.push_back(std::move(input));
    }
  }
  // "a.ru.md" beside "a.en.md" is that file's source, not an input of its own.
  if (!options_.source_dir) {
    std::vector<std::string> paths;
    for (const InputFile& f : files) paths.push_back(f.path);
    std::erase_if(files, [&](const InputFile& f) { return !f.from_stdin && IsSiblingSource(f.path, paths); });
  }
  std::stable_sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  files.erase(std::unique(files.begin(), files.end(),
                          [](const InputFile& a, const InputFile& b) { return a.path == b.path && !a.from_stdin; }),
              files.end());
  if (options_.shard) return TakeShard(std::move(files), *options_.shard);
  return files;
}

}  // namespace translint
