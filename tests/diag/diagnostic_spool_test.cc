#include "diag/diagnostic_spool.h"

#include <catch2/catch.hpp>

using namespace translint;

namespace {

Diagnostic At(const std::string& path, size_t offset, const std::string& message) {
  Diagnostic d;
  d.check = "names/inconsistent";
  d.severity = Severity::kInfo;
  d.location.path = path;
  d.location.span = Span{offset, offset + 3};
  d.location.start = Position{2, offset + 1, offset + 1};
  d.location.end = Position{2, offset + 4, offset + 4};
  d.location.line_text = "the line";
  d.message = message;
  d.text = "abc";
  d.notes.push_back(Note{d.location, "a note"});
  d.fix.push_back(Edit{d.location.span, "xyz"});
  d.suggestions = {"one", "two"};
  return d;
}

}  // namespace

TEST_CASE("DiagnosticSpool: findings come back in order, merged with the late ones, through a file", "[diag]") {
  for (const size_t limit : {size_t{0}, size_t{1} << 20}) {  // every finding on disk, or all in memory
    DiagnosticSpool spool(limit);
    for (size_t i = 0; i < 50; ++i) REQUIRE(spool.Add(At(i < 25 ? "a.md" : "c.md", i * 10, "m" + std::to_string(i))).ok());
    CHECK(spool.spilled() == (limit == 0));
    std::vector<Diagnostic> late = {At("b.md", 5, "late b"), At("c.md", 255, "late c"), At("d.md", 0, "late d")};
    std::vector<std::string> order;
    Diagnostic first_back;
    REQUIRE(spool.Drain(late, [&](const Diagnostic& d) {
                  if (order.empty()) first_back = d;
                  order.push_back(d.location.path + ":" + d.message);
                }).ok());
    REQUIRE(order.size() == 53);
    CHECK(order[24] == "a.md:m24");
    CHECK(order[25] == "b.md:late b");
    CHECK(order[26] == "c.md:m25");
    CHECK(order[27] == "c.md:late c");  // offset 255: after m25 (250), before m26 (260)
    CHECK(order[51] == "c.md:m49");
    CHECK(order[52] == "d.md:late d");
    // Everything survives the round trip.
    const Diagnostic expected = At("a.md", 0, "m0");
    CHECK(first_back.check == expected.check);
    CHECK(first_back.severity == expected.severity);
    CHECK(first_back.location.start.column == 1);
    CHECK(first_back.location.line_text == "the line");
    CHECK(first_back.notes.size() == 1);
    CHECK(first_back.notes[0].message == "a note");
    CHECK(first_back.fix == expected.fix);
    CHECK(first_back.suggestions == expected.suggestions);
  }
}
