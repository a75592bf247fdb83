// --format sarif: SARIF 2.1.0 (OASIS), for GitHub code scanning and other
// SARIF consumers. One run; results are streamed as they come and the tool
// description follows them (JSON objects are unordered), so memory does not
// grow with the findings:
//   {"$schema", "version", "runs": [{"columnKind", "originalUriBaseIds",
//    "results": [...], "tool": {"driver": {name, version, informationUri,
//    rules}}, "invocations"}]}
// Columns are Unicode code points ("columnKind": "unicodeCodePoints"), end
// columns exclusive. Relative paths are URIs against %SRCROOT% (the working
// folder). Notes are relatedLocations; a sure fix is a `fixes` entry whose
// replacements give the exact bytes (byteOffset, byteLength) and, where the
// finding's line tells them, the line and columns. partialFingerprints hold
// the baseline fingerprint with its occurrence ("translint/v1").
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "diag/fingerprint.h"
#include "report/reporter.h"

namespace translint {

namespace {

using json = nlohmann::ordered_json;

constexpr char kBase[] = "%SRCROOT%";

// RFC 3986: every byte but the unreserved ones and "/" as %XX.
std::string PercentEncodedPath(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += {'%', kHex[b >> 4], kHex[b & 15]};
    }
  }
  return out;
}

json ArtifactLocation(const std::string& path) {
  if (!path.empty() && path[0] == '/') return json{{"uri", "file://" + PercentEncodedPath(path)}};
  std::string relative = path;
  while (relative.rfind("./", 0) == 0) relative.erase(0, 2);
  return json{{"uri", PercentEncodedPath(relative)}, {"uriBaseId", kBase}};
}

json Region(const Location& l) {
  json region{{"startLine", l.start.line}, {"startColumn", l.start.column}, {"endLine", l.end.line},
              {"endColumn", l.end.column}};
  if (!l.line_text.empty()) region["snippet"] = {{"text", l.line_text}};
  return region;
}

json PhysicalLocation(const Location& l) {
  return json{{"artifactLocation", ArtifactLocation(l.path)}, {"region", Region(l)}};
}

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    default: return "note";
  }
}

// "names/non-preferred" -> "NamesNonPreferred".
std::string FriendlyName(const std::string& id) {
  std::string out;
  bool upper = true;
  for (const char c : id) {
    if (c == '/' || c == '-' || c == '_' || c == '.') {
      upper = true;
    } else {
      out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      upper = false;
    }
  }
  return out;
}

json Rule(const CheckInfo& c) {
  const std::string group = c.id.substr(0, c.id.find('/'));
  const std::string full = c.description.empty() ? c.summary : c.description;
  return json{{"id", c.id},
              {"name", FriendlyName(c.id)},
              {"shortDescription", {{"text", c.summary}}},
              {"fullDescription", {{"text", full}}},
              {"defaultConfiguration", {{"level", Level(c.default_severity)}}},
              {"help", {{"text", full + "\n\n`translint checks " + c.id + "` describes it; "
                                          "`<!-- translint-disable-next-line " + c.id + " -->` silences one line."}}},
              {"properties", {{"tags", json::array({group, c.from_rules ? "rule-table" : "built-in"})}}}};
}

json Fixes(const Diagnostic& d) {
  json replacements = json::array();
  for (const Edit& e : d.fix) {
    json deleted{{"byteOffset", e.span.begin}, {"byteLength", e.span.size()}};
    replacements.push_back({{"deletedRegion", deleted}, {"insertedContent", {{"text", e.replacement}}}});
  }
  const std::string what = d.suggestions.empty() ? "Apply the fix" : "Write \"" + d.suggestions.front() + "\"";
  return json::array({{{"description", {{"text", what}}},
                       {"artifactChanges",
                        json::array({{{"artifactLocation", ArtifactLocation(d.location.path)},
                                      {"replacements", replacements}}})}}});
}

class SarifReporter : public Reporter {
 public:
  explicit SarifReporter(std::ostream& out) : out_(out) {}

  void Begin(const RunInfo& run) override {
    for (const CheckInfo& c : run.checks) Index(c);
    std::error_code ec;
    std::string root = std::filesystem::current_path(ec).string();
    if (root.empty() || root.back() != '/') root += '/';
    const json head{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}};
    const json bases{{kBase, {{"uri", "file://" + PercentEncodedPath(root)}}}};
    std::string text = head.dump();
    text.pop_back();
    out_ << text << ",\"runs\":[{\"columnKind\":\"unicodeCodePoints\",\"originalUriBaseIds\":"
         << bases.dump(-1, ' ', false, json::error_handler_t::replace) << ",\"results\":[";
  }

  void Report(const Diagnostic& d) override {
    CheckInfo unknown;
    unknown.id = d.check;
    unknown.summary = d.check;
    unknown.default_severity = d.severity;
    json result{{"ruleId", d.check},
                {"ruleIndex", Index(unknown)},
                {"level", Level(d.severity)},
                {"message", {{"text", d.message}}},
                {"locations", json::array({{{"physicalLocation", PhysicalLocation(d.location)}}})},
                {"partialFingerprints", {{"translint/v1", fingerprints_.Next(d)}}}};
    if (!d.notes.empty()) {
      json related = json::array();
      for (size_t i = 0; i < d.notes.size(); ++i) {
        related.push_back({{"id", i + 1},
                           {"physicalLocation", PhysicalLocation(d.notes[i].location)},
                           {"message", {{"text", d.notes[i].message}}}});
      }
      result["relatedLocations"] = related;
    }
    if (!d.fix.empty()) result["fixes"] = Fixes(d);
    out_ << (first_ ? "\n" : ",\n") << result.dump(-1, ' ', false, json::error_handler_t::replace);
    first_ = false;
  }

  void End(const RunSummary&) override {
    json rules = json::array();
    for (const CheckInfo& c : rules_) rules.push_back(Rule(c));
    const json tool{{"driver",
                     {{"name", "translint"},
                      {"version", TRANSLINT_VERSION},
                      {"semanticVersion", TRANSLINT_VERSION},
                      {"informationUri", TRANSLINT_HOMEPAGE},
                      {"rules", rules}}}};
    const json invocations = json::array({{{"executionSuccessful", true}}});
    out_ << (first_ ? "" : "\n") << "],\"tool\":" << tool.dump(-1, ' ', false, json::error_handler_t::replace)
         << ",\"invocations\":" << invocations.dump() << "}]}\n";
  }

 private:
  // The rule's index in tool.driver.rules, adding it when new.
  size_t Index(const CheckInfo& c) {
    const auto [it, added] = index_.emplace(c.id, rules_.size());
    if (added) rules_.push_back(c);
    return it->second;
  }

  std::ostream& out_;
  bool first_ = true;
  std::vector<CheckInfo> rules_;
  std::map<std::string, size_t> index_;
  OccurrenceFingerprints fingerprints_;
};

}  // namespace

std::unique_ptr<Reporter> MakeSarifReporter(std::ostream& out) { return std::make_unique<SarifReporter>(out); }

}  // namespace translint
