#include "match/name_clusters.h"

#include <catch2/catch.hpp>

namespace translint {
namespace {

NameOccurrence At(const char* spelling, size_t begin, const char* given = "", bool known = false) {
  return NameOccurrence{spelling, given, Span{begin, begin + 1}, Span{}, 0, known};
}

std::vector<std::string> Spellings(const NameCluster& c) {
  std::vector<std::string> out;
  for (const SpellingCount& s : c.spellings) out.push_back(s.spelling + "x" + std::to_string(s.occurrences.size()));
  return out;
}

TEST_CASE("name clusters: spellings of one name form one cluster, majority first", "[name_clusters]") {
  const std::vector<NameOccurrence> names = {At("Sergey", 0), At("Sergei", 10), At("Sergei", 20), At("SERGEI", 30),
                                             At("Zhaparov", 40), At("Japarov", 50), At("Dzhaparov", 60),
                                             At("Japarov", 70), At("Ivanov", 80)};
  const std::vector<NameCluster> clusters = ClusterNames(names, "en");
  REQUIRE(clusters.size() == 2);
  CHECK(Spellings(clusters[0]) == std::vector<std::string>{"Sergeix3", "Sergeyx1"});
  CHECK(clusters[0].spellings[0].occurrences == std::vector<size_t>{1, 2, 3});
  CHECK(Spellings(clusters[1]) == std::vector<std::string>{"Japarovx2", "Zhaparovx1", "Dzhaparovx1"});
}

TEST_CASE("name clusters: guards and dictionary words", "[name_clusters]") {
  SECTION("feminine forms and different given names stay apart") {
    CHECK(ClusterNames({At("Ivanov", 0), At("Ivanova", 10)}, "en").empty());
    CHECK(ClusterNames({At("Japarov", 0, "Sadyr"), At("Zhaparov", 10, "Akylbek")}, "en").empty());
    CHECK(ClusterNames({At("Japarov", 0, "Sadyr"), At("Zhaparov", 10, "Sadyr")}, "en").size() == 1);
    CHECK(ClusterNames({At("Japarov", 0, "Sadyr"), At("Zhaparov", 10)}, "en").size() == 1);
  }
  SECTION("dictionary words") {
    CHECK(ClusterNames({At("German", 0, "", true), At("Germany", 10, "", true)}, "en").empty());
    CHECK(ClusterNames({At("Sergei", 0, "", true), At("Sergey", 10, "", true)}, "en").size() == 1);
    // A dictionary word reads literally: English "ch" in Michael is not х.
    CHECK(ClusterNames({At("Michael", 0, "", true), At("Mikhail", 10)}, "en").empty());
    CHECK(ClusterNames({At("Michail", 0), At("Mikhail", 10)}, "en").size() == 1);
  }
  SECTION("the document's language decides how letters read") {
    CHECK(ClusterNames({At("Dschaparow", 0), At("Schaparow", 10)}, "de").size() == 1);
    CHECK(ClusterNames({At("Zelenski", 0), At("Selenski", 10)}, "en").size() == 1);
    CHECK(ClusterNames({At("Zelenski", 0), At("Selenski", 10)}, "de").empty());  // German z is ts
  }
}

}  // namespace
}  // namespace translint
