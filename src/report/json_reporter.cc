#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "report/reporter.h"

namespace translint {

namespace {

using json = nlohmann::ordered_json;

// A file name that is not UTF-8 (Linux allows any bytes) cannot be a JSON
// string as it is: "path" shows it with U+FFFD for the bad bytes, and
// "path_bytes" keeps it exactly, every byte outside printable ASCII and "%" as
// %XX (percent-encoding, as in URLs: `urllib.parse.unquote_to_bytes` reads it).
std::string PercentEncoded(std::string_view bytes) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b > 0x20 && b < 0x7F && b != '%') {
      out.push_back(c);
    } else {
      out += {'%', kHex[b >> 4], kHex[b & 15]};
    }
  }
  return out;
}

json LocationJson(const Location& l) {
  json out{{"path", l.path}};
  if (FindInvalidUtf8(l.path) != std::string_view::npos) out["path_bytes"] = PercentEncoded(l.path);
  out["line"] = l.start.line;
  out["column"] = l.start.column;
  out["end_line"] = l.end.line;
  out["end_column"] = l.end.column;
  out["offset"] = l.span.begin;
  out["length"] = l.span.size();
  return out;
}

// Streams: each diagnostic is written as it comes, so memory does not grow with
// the number of findings in an archive.
class JsonReporter : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}

  void Begin(const RunInfo&) override { out_ << "{\"version\": 1, \"diagnostics\": ["; }

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
