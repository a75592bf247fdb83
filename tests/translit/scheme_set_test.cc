// Conformance of the shipped schemes to public test vectors, and scheme loading.
//
// Every scheme file names its vectors in a "# vectors: interscript SYSTEM" line;
// all rows of that system in ../shared/data/interscript/cyrl-latn-tests.tsv must
// come out equal after the documented normalisation (README, "Transliteration").
#include "translit/scheme_set.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "base/file_io.h"
#include "test_util.h"
#include "text/normalized_text.h"

using namespace translint;

namespace {

// NFC, apostrophes and hard/soft-sign marks unified, Cyrillic ё written for Latin ë unified.
std::string Normalise(const std::string& text) {
  std::string s = NormalizedText(text, 0).folded();  // NFC + case fold + ’ ʹ -> '
  const std::pair<std::string, std::string> subs[] = {{"\u02BA", "\""}, {"\u201D", "\""}, {"\u0451", "\u00EB"}};
  for (const auto& [from, to] : subs) {
    for (size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, from.size(), to);
  }
  return s;
}

std::string VectorsOf(const std::string& scheme_file) {
  std::istringstream in(*ReadFile(scheme_file));
  for (std::string line; std::getline(in, line);) {
    const std::string key = "# vectors: interscript ";
    if (line.rfind(key, 0) == 0) return line.substr(key.size());
  }
  return "";
}

}  // namespace

TEST_CASE("Every shipped scheme passes every vector of its standard", "[translit]") {
  const std::string folder = std::string(TRANSLINT_SOURCE_DIR) + "/transliteration";
  Result<SchemeSet> set = SchemeSet::Load(folder);
  INFO((set.ok() ? std::string() : set.status().message()));
  REQUIRE(set.ok());
  REQUIRE_FALSE(set->schemes().empty());
  const std::string vectors_file = std::string(TRANSLINT_SOURCE_DIR) + "/../shared/data/interscript/cyrl-latn-tests.tsv";
  Result<std::string> tsv = ReadFile(vectors_file);
  INFO("the test vectors come from ../shared/data (beside the repository): " + vectors_file);
  REQUIRE(tsv.ok());
  for (const Scheme& scheme : set->schemes()) {
    const std::string system = VectorsOf(folder + "/" + scheme.id + ".txt");
    INFO(scheme.id << " / " << system);
    REQUIRE_FALSE(system.empty());
    std::istringstream rows(*tsv);
    size_t count = 0;
    for (std::string row; std::getline(rows, row);) {
      std::istringstream fields(row);
      std::string name, language, cyrillic, latin;
      std::getline(fields, name, '\t');
      std::getline(fields, language, '\t');
      std::getline(fields, cyrillic, '\t');
      std::getline(fields, latin, '\t');
      if (name != system) continue;
      ++count;
      INFO(cyrillic);
      CHECK(Normalise(scheme.transliterator->Apply(cyrillic)) == Normalise(latin));
    }
    CHECK(count > 0);
  }
}

TEST_CASE("Schemes are grouped by language and errors name the rule file's line", "[translit]") {
  testing::TempDir dir;
  dir.Write("ru-Latn-test.txt", ":: NFC ;\nа > a ;\nб > b ;\n");
  Result<SchemeSet> set = SchemeSet::Load(dir.path());
  REQUIRE(set.ok());
  REQUIRE(set->ForLanguage("ru").size() == 1);
  CHECK(set->ForLanguage("ru")[0]->transliterator->Apply("баба") == "baba");
  CHECK(set->ForLanguage("uk").empty());
  dir.Write("ru-Latn-test.txt", ":: NFC ;\nа > a ;\nб > > b ;\n");
  Result<SchemeSet> broken = SchemeSet::Load(dir.path());
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.status().message().rfind(dir.path() + "/ru-Latn-test.txt:3: transliteration rules do not compile:", 0) == 0);
  dir.Write("ru-Latn-test.txt", "а > a ;\n");
  dir.Write("russian.txt", "а > a ;\n");
  CHECK(SchemeSet::Load(dir.path()).status().message() ==
        dir.path() + "/russian.txt:1: a scheme file is named <language>-Latn-<scheme>.txt, e.g. ru-Latn-bgn.txt");
}
