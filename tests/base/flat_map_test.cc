#include "base/flat_map.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

using namespace translint;

TEST_CASE("FlatStringMap finds every key it was built with and no other", "[base]") {
  std::unordered_map<std::string, uint32_t> pairs;
  for (uint32_t i = 0; i < 20000; ++i) pairs.emplace("word" + std::to_string(i * 7), i);
  pairs.emplace("", 20000);  // the empty key is a key
  FlatStringMap map;
  map.Build(pairs);
  for (const auto& [key, value] : pairs) REQUIRE(map.Find(key) == value);
  size_t wrong = 0;
  for (uint32_t i = 0; i < 20000; ++i) wrong += map.Find("word" + std::to_string(i * 7 + 1)) != kAbsent;
  CHECK(wrong == 0);
  CHECK(map.Find("wor") == kAbsent);
  CHECK(map.Find("word0 ") == kAbsent);
}

TEST_CASE("FlatStringMap and FlatIdMap answer kAbsent before and after an empty Build", "[base]") {
  FlatStringMap strings;
  CHECK(strings.Find("x") == kAbsent);
  strings.Build(std::map<std::string, uint32_t>{});
  CHECK(strings.Find("x") == kAbsent);
  FlatIdMap ids;
  CHECK(ids.Find(0) == kAbsent);
  ids.Build(std::vector<std::pair<uint64_t, uint32_t>>{});
  CHECK(ids.Find(0) == kAbsent);
}

TEST_CASE("FlatIdMap finds keys that share their low or high bits", "[base]") {
  std::vector<std::pair<uint64_t, uint32_t>> pairs;
  for (uint32_t i = 0; i < 5000; ++i) {
    pairs.emplace_back(uint64_t{i} << 34, i);  // low bits all zero
    pairs.emplace_back((uint64_t{i} << 1) | 1, 10000 + i);   // odd: distinct from those
  }
  FlatIdMap map;
  map.Build(pairs);
  for (const auto& [key, value] : pairs) REQUIRE(map.Find(key) == value);
  CHECK(map.Find(uint64_t{5001} << 34) == kAbsent);
  CHECK(map.Find(2) == kAbsent);
  CHECK(map.Find((uint64_t{5000} << 1) | 1) == kAbsent);
}

TEST_CASE("A rebuilt FlatStringMap forgets its earlier keys", "[base]") {
  FlatStringMap map;
  map.Build(std::map<std::string, uint32_t>{{"almaty", 1}, {"bishkek", 2}});
  map.Build(std::map<std::string, uint32_t>{{"osh", 3}});
  CHECK(map.Find("osh") == 3);
  CHECK(map.Find("almaty") == kAbsent);
}
