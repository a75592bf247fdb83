#include "text/normalized_text.h"

#include <catch2/catch.hpp>

using namespace translint;

TEST_CASE("NormalizedText folds case and unifies apostrophes and hyphens", "[text]") {
  const NormalizedText t("ZHAPAROV’S Ｘ Kim‑Jong Straße ЖАПАРОВ", 0);
  CHECK(t.folded() == "zhaparov's ｘ kim-jong strasse жапаров");
}

TEST_CASE("NormalizedText composes NFD and maps offsets back", "[text]") {
  // "й" written as и + combining breve (NFD), after 10 bytes of prefix.
  const std::string nfd = "Андре\xD0\xB8\xCC\x86";  // Андреи + U+0306
  const NormalizedText t(nfd, 10);
  CHECK(t.folded() == "андрей");
  const Span whole = t.OriginalSpan(0, t.folded().size());
  CHECK(whole.begin == 10);
  CHECK(whole.end == 10 + nfd.size());
  // The last folded letter (й, 2 bytes) maps to the 4-byte decomposed original.
  const Span last = t.OriginalSpan(t.folded().size() - 2, t.folded().size());
  CHECK(last.size() == 4);
}

TEST_CASE("Soft hyphens and zero-width spaces disappear", "[text]") {
  CHECK(FoldForMatching("Ja\xC2\xADparov") == "japarov");
  CHECK(FoldForMatching("Ja\xE2\x80\x8Bparov") == "japarov");
}
