#include "match/variant_set.h"

#include <catch2/catch.hpp>

#include "text/normalized_text.h"

using namespace translint;

namespace {

// "text(payloads)" for every match, in order.
std::string Matches(const VariantSet& set, const std::string& text) {
  const NormalizedText normalized(text, 0);
  std::string out;
  set.Scan(normalized, text, [&](VariantMatch m) {
    out += "[" + text.substr(m.original.begin, m.original.size()) + ":";
    for (uint32_t p : m.payloads) out += std::to_string(p);
    out += "]";
  });
  return out;
}

}  // namespace

TEST_CASE("VariantSet finds leftmost-longest whole-word matches", "[match]") {
  VariantSet set;
  set.Add("Sadyr Japarov", 1, true);
  set.Add("Japarov", 2, true);
  set.Add("Kim Jong Il", 3, true);
  set.Add("St. Petersburg", 4, true);
  set.Add("Жапаров", 5, true);
  set.Compile();
  CHECK(Matches(set, "SADYR JAPAROV's aide met Japarov.") == "[SADYR JAPAROV:1][Japarov:2]");
  CHECK(Matches(set, "Japarova and Japarovs are other words") == "");
  CHECK(Matches(set, "Kim-Jong-Il, Kim Jong\nIl") == "[Kim-Jong-Il:3][Kim Jong\nIl:3]");
  CHECK(Matches(set, "Sadyr. Japarov") == "[Japarov:2]");
  CHECK(Matches(set, "in St. Petersburg; St Petersburg") == "[St. Petersburg:4]");
  CHECK(Matches(set, "Садыр Жапаров и Жапарова") == "[Жапаров:5]");
}

TEST_CASE("A spelling that starts with a capital needs one in the text", "[match]") {
  VariantSet set;
  set.Add("Porn Movies", 1, true);
  set.Add("oblast", 2, false);
  set.Compile();
  CHECK(Matches(set, "porn movies, Porn Movies, PORN MOVIES") == "[Porn Movies:1][PORN MOVIES:1]");
  CHECK(Matches(set, "Oblast and oblast") == "[Oblast:2][oblast:2]");
}

TEST_CASE("Several payloads can share one spelling", "[match]") {
  VariantSet set;
  set.Add("Japarov", 1, true);
  set.Add("japarov", 2, true);
  set.Compile();
  CHECK(Matches(set, "Japarov") == "[Japarov:12]");
  CHECK(set.size() == 2);
}
