#include <nlohmann/json.hpp>

#include "report/reporter.h"

namespace translint {

namespace {

using json = nlohmann::ordered_json;

json LocationJson(const Location& l) {
  return json{{"path", l.path},
              {"line", l.start.line},
              {"column", l.start.column},
              {"end_line", l.end.line},
              {"end_column", l.end.column},
              {"offset", l.span.begin},
              {"length", l.span.size()}};
}

// Streams: each diagnostic is written as it comes, so memory does not grow with
// the number of findings in an archive.
class JsonReporter : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}

  void Begin() override { out_ << "{\"version\": 1, \"diagnostics\": ["; }

  void Report(const Diagnostic& d) override {
    json item = LocationJson(d.location);
    item["check"] = d.check;
    item["severity"] = std::string(ToString(d.severity));
    item["message"] = d.message;
    item["text"] = d.text;
    if (d.fix.empty()) {
      item["fix"] = nullptr;
    } else {
      json replacements = json::array();
      for (const Edit& e : d.fix) {
        replacements.push_back({{"offset", e.span.begin}, {"length", e.span.size()}, {"text", e.replacement}});
      }
      item["fix"] = {{"replacements", replacements}};
    }
    item["suggestions"] = d.suggestions;
    json notes = json::array();
    for (const Note& n : d.notes) {
      json note = LocationJson(n.location);
      note["message"] = n.message;
      notes.push_back(note);
    }
    item["notes"] = notes;
    out_ << (first_ ? "\n  " : ",\n  ") << item.dump(-1, ' ', false, json::error_handler_t::replace);
    first_ = false;
  }

  void End(const RunSummary& summary) override {
    json by_severity = {{"error", 0}, {"warning", 0}, {"info", 0}};
    for (const auto& [severity, count] : summary.by_severity) by_severity[std::string(ToString(severity))] = count;
    const json totals = {{"files", summary.files}, {"diagnostics", summary.diagnostics}, {"by_severity", by_severity}};
    out_ << (first_ ? "" : "\n") << "], \"summary\": " << totals.dump() << "}\n";
  }

 private:
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> MakeJsonReporter(std::ostream& out) { return std::make_unique<JsonReporter>(out); }

}  // namespace translint
