#include "diag/diagnostic_sink.h"

#include <catch2/catch.hpp>

using namespace translint;

namespace {

Diagnostic At(const std::string& path, size_t offset, const std::string& check) {
  Diagnostic d;
  d.check = check;
  d.location.path = path;
  d.location.span = Span{offset, offset + 1};
  d.message = "m";
  return d;
}

}  // namespace

TEST_CASE("DiagnosticSink sorts, removes duplicates and applies severities", "[diag]") {
  const std::map<std::string, Severity> severities = {{"a/off", Severity::kOff}, {"a/err", Severity::kError}};
  DiagnosticSink sink(&severities);
  sink.Report(At("b.md", 5, "a/x"));
  sink.Report(At("a.md", 9, "a/err"));
  sink.Report(At("a.md", 2, "a/x"));
  sink.Report(At("a.md", 2, "a/x"));  // duplicate
  sink.Report(At("a.md", 1, "a/off"));
  const std::vector<Diagnostic> out = sink.Take();
  REQUIRE(out.size() == 3);
  CHECK(out[0].location.span.begin == 2);
  CHECK(out[1].check == "a/err");
  CHECK(out[1].severity == Severity::kError);
  CHECK(out[2].location.path == "b.md");
  CHECK(out[2].severity == Severity::kWarning);
  CHECK(sink.Take().empty());
}
