// --format codeclimate: GitLab Code Quality (the Code Climate issue format as
// GitLab reads it), one JSON array:
//   [{"type": "issue", "check_name", "description", "categories": ["Style"],
//     "severity", "fingerprint", "location": {"path", "positions":
//     {"begin": {"line", "column"}, "end": {...}}}}]
// Severities: error -> major, warning -> minor, info -> info. The fingerprint
// is the baseline fingerprint with its occurrence, so GitLab's "new in this
// merge request" survives lines moving.
#include <nlohmann/json.hpp>

#include "diag/fingerprint.h"
#include "report/reporter.h"

namespace translint {

namespace {

using json = nlohmann::ordered_json;

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError: return "major";
    case Severity::kWarning: return "minor";
    default: return "info";
  }
}

class CodeClimateReporter : public Reporter {
 public:
  explicit CodeClimateReporter(std::ostream& out) : out_(out) {}

  void Begin(const RunInfo&) override { out_ << "["; }

  void Report(const Diagnostic& d) override {
    const Location& l = d.location;
    const json item{{"type", "issue"},
                    {"check_name", d.check},
                    {"description", d.message},
                    {"categories", json::array({"Style"})},
                    {"severity", Level(d.severity)},
                    {"fingerprint", fingerprints_.Next(d)},
                    {"location",
                     {{"path", l.path},
                      {"positions",
                       {{"begin", {{"line", l.start.line}, {"column", l.start.column}}},
                        {"end", {{"line", l.end.line}, {"column", l.end.column}}}}}}}};
    out_ << (first_ ? "\n" : ",\n") << item.dump(-1, ' ', false, json::error_handler_t::replace);
    first_ = false;
  }

  void End(const RunSummary&) override { out_ << (first_ ? "" : "\n") << "]\n"; }

 private:
  std::ostream& out_;
  bool first_ = true;
  OccurrenceFingerprints fingerprints_;
};

}  // namespace

std::unique_ptr<Reporter> MakeCodeClimateReporter(std::ostream& out) {
  return std::make_unique<CodeClimateReporter>(out);
}

}  // namespace translint
