// Options: the parsed command line, shared by the subcommands. Plain value.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace translint {

// --shard K/N: the K-th of N equal parts of the files, for a run split over processes or machines.
struct Shard {
  size_t index = 1, count = 1;  // 1 <= index <= count
};

struct Options {
  std::vector<std::string> paths;        // files, folders, or "-" for standard input
  std::optional<std::string> files_from; // --files-from: a file listing more paths, one a line
  std::optional<Shard> shard;            // --shard K/N: only every N-th file of the sorted list, from the K-th
  std::string format = "text";           // text | json
  std::optional<std::string> fail_on;    // info | warning | error | none
  std::vector<std::string> rules;        // --rules (replaces the shipped tables)
  std::optional<std::string> config;     // --config
  std::optional<std::string> language;   // --language
  std::optional<std::string> source_language;  // --source-language
  std::optional<std::string> source_dir;       // --source: the sources' folder (same relative paths)
  std::string stdin_filename = "<stdin>";
  std::string color = "auto";            // auto | always | never
  bool print_config = false;
  bool dry_run = false;
  unsigned jobs = 0;                     // 0: one per core
  int progress = -1;                     // --progress 1, --no-progress 0, -1: when standard error is a terminal
  std::optional<std::string> db;         // --db: the archive index (SQLite)
  std::string change_log;                // fix --log: the JSON Lines file of every change ("": none)
  std::string output;                    // report -o: the file to write ("" or "-": standard output)
  std::optional<std::string> baseline;   // check --baseline: the accepted findings (JSON)
  bool update_baseline = false;          // check --update-baseline: write the baseline from this run
};

}  // namespace translint
