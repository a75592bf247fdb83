// Reporter: a streaming sink for the findings of one run. The Linter's caller
// calls Begin() with what the run covers, then Report() for each diagnostic in output order (sorted by
// path, then offset), then End() with the summary. Implementations write to a
// stream they borrow for their whole life. Not thread-safe: one thread reports.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "diag/check_info.h"
#include "diag/diagnostic.h"

namespace translint {

struct RunSummary {
  size_t files = 0;
  size_t diagnostics = 0;
  std::map<Severity, size_t> by_severity;

  void Count(const Diagnostic& d) {
    ++diagnostics;
    ++by_severity[d.severity];
  }
};

// What a run covers, for the formats that describe more than the findings.
struct RunInfo {
  std::vector<std::string> paths;  // the files checked, in output order (JUnit: one test case each)
  std::vector<CheckInfo> checks;   // every check that can report (SARIF's rules)
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Begin(const RunInfo&) {}
  virtual void Report(const Diagnostic& diagnostic) = 0;
  virtual void End(const RunSummary& summary) = 0;
};

// "path:line:col: severity: message [check]", the source line and a caret line,
// then the notes, as compilers print. `color` adds ANSI colours. Control
// characters of the text and of file names are printed as their Unicode control
// pictures (ESC as ␛), so a checked file cannot drive the terminal.
std::unique_ptr<Reporter> MakeTextReporter(std::ostream& out, bool color);

// One JSON document (format in README, "Output formats"), written as it goes:
// one diagnostic a line, then the summary.
std::unique_ptr<Reporter> MakeJsonReporter(std::ostream& out);

// GitHub Actions workflow commands (::warning file=...::message), one a finding (github_reporter.cc).
std::unique_ptr<Reporter> MakeGithubReporter(std::ostream& out);

// Checkstyle XML, one <file> per path (checkstyle_reporter.cc).
std::unique_ptr<Reporter> MakeCheckstyleReporter(std::ostream& out);

// SARIF 2.1.0, one run (sarif_reporter.cc).
std::unique_ptr<Reporter> MakeSarifReporter(std::ostream& out);

// reviewdog's Diagnostic JSON, rdjson (rdjson_reporter.cc).
std::unique_ptr<Reporter> MakeRdjsonReporter(std::ostream& out);

// GitLab Code Quality JSON (codeclimate_reporter.cc).
std::unique_ptr<Reporter> MakeCodeClimateReporter(std::ostream& out);

// JUnit XML, one test case per file (junit_reporter.cc).
std::unique_ptr<Reporter> MakeJunitReporter(std::ostream& out);

// The names of the formats MakeReporter knows.
const std::vector<std::string>& ReportFormats();

// A name of ReportFormats() -> reporter; nullptr for an unknown name.
std::unique_ptr<Reporter> MakeReporter(const std::string& format, std::ostream& out, bool color);

}  // namespace translint
