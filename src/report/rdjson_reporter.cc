// --format rdjson: reviewdog's Diagnostic JSON (rdjson), which
// `reviewdog -f=rdjson` reads to comment on pull requests:
//   {"source": {"name": "translint"}, "diagnostics": [{"message", "location":
//    {"path", "range": {"start": {"line", "column"}, "end": {...}}}, "severity",
//    "code": {"value": CHECK}, "suggestions": [{"range", "text"}],
//    "related_locations": [...]}]}
// reviewdog counts columns in UTF-8 bytes from 1, the end exclusive. A sure
// fix becomes its suggestions (one per replaced span), which reviewdog offers
// as a suggested change; a fix whose span the finding's line cannot place is
// left out rather than placed wrong.
#include <nlohmann/json.hpp>

#include "report/reporter.h"

namespace translint {

namespace {

using json = nlohmann::ordered_json;

json Point(size_t line, size_t column) { return json{{"line", line}, {"column", column}}; }

json Range(const Location& l) {
  return json{{"start", Point(l.start.line, StartByteColumn(l))}, {"end", Point(l.end.line, EndByteColumn(l))}};
}

json Where(const Location& l) { return json{{"path", l.path}, {"range", Range(l)}}; }

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError: return "ERROR";
    case Severity::kWarning: return "WARNING";
    default: return "INFO";
  }
}

// The fix as reviewdog suggestions; empty when a span cannot be placed.
json Suggestions(const Diagnostic& d) {
  json out = json::array();
  for (const Edit& e : d.fix) {
    const std::optional<TextRange> r = RangeNear(d.location, e.span);
    if (!r) return json::array();
    out.push_back({{"range",
                    {{"start", Point(r->start.line, r->start_byte_column)},
                     {"end", Point(r->end.line, r->end_byte_column)}}},
                   {"text", e.replacement}});
  }
  return out;
}

class RdjsonReporter : public Reporter {
 public:
  explicit RdjsonReporter(std::ostream& out) : out_(out) {}

  void Begin(const RunInfo&) override { out_ << "{\"source\":{\"name\":\"translint\"},\"diagnostics\":["; }

  void Report(const Diagnostic& d) override {
    json item{{"message", d.message},
              {"location", Where(d.location)},
              {"severity", Level(d.severity)},
              {"source", {{"name", "translint"}}},
              {"code", {{"value", d.check}}}};
    const json suggestions = Suggestions(d);
    if (!suggestions.empty()) item["suggestions"] = suggestions;
    if (!d.notes.empty()) {
      json related = json::array();
      for (const Note& n : d.notes) related.push_back({{"message", n.message}, {"location", Where(n.location)}});
      item["related_locations"] = related;
    }
    out_ << (first_ ? "\n" : ",\n") << item.dump(-1, ' ', false, json::error_handler_t::replace);
    first_ = false;
  }

  void End(const RunSummary&) override { out_ << (first_ ? "" : "\n") << "]}\n"; }

 private:
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> MakeRdjsonReporter(std::ostream& out) { return std::make_unique<RdjsonReporter>(out); }

}  // namespace translint
