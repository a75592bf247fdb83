#include "text/source_map.h"

#include <catch2/catch.hpp>

using namespace translint;

TEST_CASE("SourceMap: verbatim runs shift, atomic pieces round outwards, markup breaks contiguity", "[text]") {
  // Text "ab\u00E9cd\n\nef" read from source "<p>ab&eacute;cd</p><p>ef</p>":
  SourceMap map;
  map.Add(3, 2, 2, true);    // "ab"   <- [3, 5)
  map.Add(5, 8, 2, false);   // "é"    <- "&eacute;" [5, 13)
  map.Add(13, 2, 2, true);   // "cd"   <- [13, 15)
  map.Add(15, 0, 2, false);  // "\n\n" <- nothing (between the blocks)
  map.Add(22, 2, 2, true);   // "ef"   <- [22, 24)
  CHECK(map.ToSource(0, false) == 3);
  CHECK(map.ToSource(1, false) == 4);
  CHECK(map.ToSource(2, false) == 5);   // the start of the reference
  CHECK(map.ToSource(3, false) == 5);   // inside it: its start ...
  CHECK(map.ToSource(3, true) == 13);   // ... or, for an end, its end
  CHECK(map.ToSource(4, true) == 13);
  CHECK(map.ToSource(4, false) == 13);
  CHECK(map.ToSource(6, true) == 15);   // the end of "cd"
  CHECK(map.ToSource(8, false) == 22);
  CHECK(map.ToSource(10, true) == 24);
  CHECK(map.Widen(Span{3, 6}) == Span{2, 6});
  CHECK(map.Widen(Span{0, 3}) == Span{0, 4});
  CHECK(map.Contiguous(Span{0, 6}));
  CHECK_FALSE(map.Contiguous(Span{5, 9}));  // "d\n\ne" spans the tags
  CHECK(map.Contiguous(Span{8, 10}));
  // Adjacent verbatim runs merge into one piece.
  SourceMap runs;
  runs.Add(0, 3, 3, true);
  runs.Add(3, 3, 3, true);
  CHECK(runs.ToSource(5, false) == 5);
  CHECK(runs.Contiguous(Span{0, 6}));
}
