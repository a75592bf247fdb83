// The subcommands, one file each (check_command.cc, ...). Each returns the process exit code: 0 no finding at or above
// the fail-on severity, 1 such findings, 2 usage, configuration, rule-table or
// I/O failure. They write findings to `out` and failures to `err`.
#pragma once

#include <ostream>

#include "cli/options.h"

namespace translint {

int RunCheck(const Options& options, std::ostream& out, std::ostream& err);
// Checks the inputs as `check` does and stores everything in the archive index
// options.db (archive/archive_index.h); prints a summary line on `err`.
int RunIndex(const Options& options, std::ostream& out, std::ostream& err);
// Combines the archive indexes options.paths (shards) into options.db and runs
// the corpus checks over all their documents; prints a summary line on `err`.
int RunMerge(const Options& options, std::ostream& out, std::ostream& err);
// Writes the report of the archive index options.db: HTML, or JSON with
// --format json, to options.output or standard output (report/archive_report.h).
int RunReport(const Options& options, std::ostream& out, std::ostream& err);
int RunFix(const Options& options, std::ostream& out, std::ostream& err);
// Lists the built-in checks and the rule tables' pattern rules; with ids in
// options.paths, only those, with their full text. Formats: text, json, markdown
// (the README's table).
int RunListChecks(const Options& options, std::ostream& out, std::ostream& err);

// Finds the full names no rule table lists that are spelled several ways across
// all the documents of the inputs, and prints them as YAML entity entries (or
// JSON with --format json).
int RunDiscover(const Options& options, std::ostream& out, std::ostream& err);

// Prints `text` under every shipped romanization scheme that applies: those of
// options.language when given, else every scheme that turns all of it into Latin.
int RunTranslit(const std::string& text, const Options& options, std::ostream& out, std::ostream& err);

}  // namespace translint
