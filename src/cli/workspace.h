// Workspace: the CLI's view of the files to process and the Linter each needs.
//
// Finds each file's configuration (--config, else the nearest .translint.yaml
// above it, else the defaults), builds one Linter per distinct configuration
// (cached), and expands folders with that configuration's extensions. Errors
// (bad config, broken rule table, missing path) are Status values for exit 2.
// Not thread-safe while building; the Linters it hands out are.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/options.h"
#include "lint/linter.h"

namespace translint {

struct InputFile {
  std::string path;          // as reported ("-" input uses --stdin-filename)
  bool from_stdin = false;
  const Linter* linter = nullptr;
  std::string source_path;   // its source under --source DIR ("" = none, or the sibling by name)
};

// How to read `file`: its Linter's options, and its source file.
ReadOptions ReadOptionsFor(const InputFile& file);

class Workspace {
 public:
  explicit Workspace(const Options& options) : options_(options) {}

  // The files named by the options (and --files-from), sorted by path, each
  // with its Linter; with --shard K/N, only the K-th of every N of them.
  Result<std::vector<InputFile>> Files();
  // The Linter for a file in `folder`.
  Result<const Linter*> LinterFor(const std::string& folder);
  // The configuration that applies in `folder` (for --print-config).
  Result<Config> ConfigFor(const std::string& folder);

 private:
  std::vector<std::string> DefaultRulePaths() const;

  const Options& options_;
  std::map<std::string, std::unique_ptr<Linter>> linters_;  // by config path
  std::map<std::string, const Linter*> by_folder_;           // LinterFor's answers
};

// "2/4" -> Shard{2, 4}; anything else is an error naming the flag.
Result<Shard> ParseShard(const std::string& text);

// A shipped data folder ("rules", "transliteration"): under $TRANSLINT_DATA
// when set; else found from the binary's own location, as installed
// (PREFIX/bin/translint -> PREFIX/share/translint/NAME) or in a checkout
// (build/translint -> NAME beside build/). No path is compiled in.
std::string ShippedFolder(const std::string& name);

}  // namespace translint
