#include "report/reporter.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace translint;

namespace {

Diagnostic Sample() {
  const Document doc("a.md", "Мы в Kiev.\n", "en");
  Diagnostic d;
  d.check = "names/non-preferred";
  d.severity = Severity::kWarning;
  d.location = LocationOf(doc, Span{8, 12});
  d.message = "\"Kiev\" is a historical spelling of Kyiv (place); write \"Kyiv\"";
  d.text = "Kiev";
  d.fix.push_back(Edit{Span{8, 12}, "Kyiv"});
  d.suggestions.push_back("Kyiv");
  return d;
}

}  // namespace

TEST_CASE("Text reporter prints path:line:col, the line and a caret", "[report]") {
  std::ostringstream out;
  auto reporter = MakeTextReporter(out, false);
  RunSummary summary;
  summary.files = 1;
  summary.Count(Sample());
  reporter->Report(Sample());
  reporter->End(summary);
  CHECK(out.str() ==
        "a.md:1:6: warning: \"Kiev\" is a historical spelling of Kyiv (place); write \"Kyiv\" [names/non-preferred]\n"
        "  Мы в Kiev.\n"
        "       ^~~~\n"
        "  fix: \"Kyiv\"\n"
        "translint: 1 file checked, 1 warning\n");
}

TEST_CASE("JSON reporter follows the documented shape", "[report]") {
  std::ostringstream out;
  auto reporter = MakeJsonReporter(out);
  RunSummary summary;
  summary.files = 2;
  summary.Count(Sample());
  reporter->Begin(RunInfo{});
  reporter->Report(Sample());
  reporter->End(summary);
  const nlohmann::json doc = nlohmann::json::parse(out.str());
  CHECK(doc["version"] == 1);
  const auto& d = doc["diagnostics"][0];
  CHECK(d["path"] == "a.md");
  CHECK(d["line"] == 1);
  CHECK(d["column"] == 6);
  CHECK(d["end_line"] == 1);
  CHECK(d["end_column"] == 10);
  CHECK(d["offset"] == 8);
  CHECK(d["length"] == 4);
  CHECK(d["check"] == "names/non-preferred");
  CHECK(d["severity"] == "warning");
  CHECK(d["text"] == "Kiev");
  CHECK(d["fix"]["replacements"][0] == nlohmann::json{{"offset", 8}, {"length", 4}, {"text", "Kyiv"}});
  CHECK(d["suggestions"] == nlohmann::json::array({"Kyiv"}));
  CHECK(doc["summary"] == nlohmann::json{{"files", 2}, {"diagnostics", 1},
                                          {"by_severity", {{"error", 0}, {"warning", 1}, {"info", 0}}}});
}

TEST_CASE("JSON reporter writes a valid document without findings", "[report]") {
  std::ostringstream out;
  auto reporter = MakeJsonReporter(out);
  reporter->Begin(RunInfo{});
  RunSummary summary;
  reporter->End(summary);
  const nlohmann::json doc = nlohmann::json::parse(out.str());
  CHECK(doc["diagnostics"].empty());
  CHECK(doc["summary"]["files"] == 0);
}
