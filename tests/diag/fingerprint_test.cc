#include "diag/fingerprint.h"

#include <catch2/catch.hpp>

using namespace translint;

namespace {

// A finding of "Kiev" on `line` (line number `number`), which must contain it once.
Diagnostic KievIn(const std::string& line, size_t number, const std::string& path = "a.md") {
  Diagnostic d;
  d.check = "names/non-preferred";
  d.text = "Kiev";
  d.location.path = path;
  const size_t at = line.find("Kiev");
  d.location.span = Span{1000 + at, 1000 + at + 4};
  d.location.start = Position{number, at + 1, at + 1};
  d.location.end = Position{number, at + 5, at + 5};
  d.location.line_text = line;
  return d;
}

}  // namespace

TEST_CASE("A fingerprint ignores the line number and words beyond two either side", "[diag]") {
  const std::string base = Fingerprint(KievIn("The delegation came to Kiev on Monday morning.", 3));
  CHECK(base.size() == 16);
  CHECK(Fingerprint(KievIn("The delegation came to Kiev on Monday morning.", 40)) == base);
  CHECK(Fingerprint(KievIn("A large delegation came to Kiev on Monday evening.", 3)) == base);
  CHECK(Fingerprint(KievIn("The delegation  CAME to Kiev on Monday morning.", 3)) == base);  // spaces, case
  CHECK(Fingerprint(KievIn("The delegation went to Kiev on Monday morning.", 3)) != base);
  CHECK(Fingerprint(KievIn("The delegation came to Kiev by Monday morning.", 3)) != base);
  Diagnostic other = KievIn("The delegation came to Kiev on Monday morning.", 3);
  other.check = "spelling/unknown-word";
  CHECK(Fingerprint(other) != base);
}

TEST_CASE("Occurrence fingerprints count equal fingerprints per file", "[diag]") {
  OccurrenceFingerprints fingerprints;
  const std::string line = "We went to Kiev.";
  const std::string first = fingerprints.Next(KievIn(line, 1));
  CHECK(first == Fingerprint(KievIn(line, 1)) + ":1");
  CHECK(fingerprints.Next(KievIn(line, 2)) == Fingerprint(KievIn(line, 1)) + ":2");
  CHECK(fingerprints.Next(KievIn(line, 1, "b.md")) == first);  // a new file counts from 1
}
