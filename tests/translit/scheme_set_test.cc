// Conformance of the shipped schemes to public test vectors, and scheme loading.
//
// Every scheme file names its vectors in a "# vectors: interscript SYSTEM" line;
// all rows of that system in ../shared/data/interscript/cyrl-latn-tests.tsv must
// come out equal after the documented normalisation (README, "Transliteration").
#include "translit/scheme_set.h"

#include <unicode/normalizer2.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <fstream>
#include <filesystem>
#include <sstream>

#include "base/file_io.h"
#include "test_util.h"

using namespace translint;

namespace {

// The documented normalisation (README, "Transliteration"): NFC; the marks for
// ь and ъ and typographic apostrophes unified (ʹ ’ ‘ ʻ ´ -> ', ʺ ” -> "); a Cyrillic ё
// written where Latin ë is meant made Latin; the optional separator dot removed;
// i with caron (ǐ, as interscript writes ALA-LC's й) made i with breve (ĭ). Case is kept.
std::string Normalise(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::string s;
  icu::Normalizer2::getNFCInstance(status)->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(s);
  const std::pair<std::string, std::string> subs[] = {
      {"\u02B9", "'"}, {"\u2019", "'"}, {"\u02BA", "\""}, {"\u201D", "\""},
      {"\u00B4", "'"}, {"\u02BB", "'"}, {"\u2018", "'"}, {"\u0451", "\u00EB"}, {"\u0401", "\u00CB"}, {"\u00B7", ""},
      {"\u01D0", "\u012D"}, {"\u01CF", "\u012C"}};
  for (const auto& [from, to] : subs) {
    for (size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, from.size(), to);
  }
  return s;
}

// The vectors are Ruby string literals: \" and \n are escapes.
std::string Unescape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == 'n' || text[i + 1] == '\\')) {
      out.push_back(text[i + 1] == 'n' ? '\n' : text[i + 1]);
      ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

struct Vector {
  std::string cyrillic;
  std::string latin;
};

// The vectors a scheme file names: "# vectors: interscript SYSTEM" (rows of
// cyrl-latn-tests.tsv), "# vectors: iuliia NAME" (samples of NAME.json) and
// "# vectors: table NAME" (tests/translit/NAME.tsv, for conventions without public vectors),
// less those it lists as "# wrong: CYRILLIC | reason" (also listed in the README).
std::vector<Vector> VectorsOf(const std::string& scheme_file, std::vector<std::string>* sources) {
  const std::string data = std::string(TRANSLINT_SOURCE_DIR) + "/../shared/data/";
  std::vector<Vector> vectors;
  std::vector<std::string> wrong;
  std::istringstream in(*ReadFile(scheme_file));
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# wrong: ", 0) == 0) wrong.push_back(line.substr(9, line.find(" | ") - 9));
    const std::string key = "# vectors: ";
    if (line.rfind(key, 0) != 0) continue;
    std::istringstream words(line.substr(key.size()));
    std::string kind, name;
    words >> kind >> name;
    sources->push_back(kind + " " + name);
    if (kind == "interscript") {
      Result<std::string> tsv = ReadFile(data + "interscript/cyrl-latn-tests.tsv");
      REQUIRE(tsv.ok());
      std::istringstream rows(*tsv);
      for (std::string row; std::getline(rows, row);) {
        std::istringstream fields(row);
        std::string system, language, cyrillic, latin;
        std::getline(fields, system, '\t');
        std::getline(fields, language, '\t');
        std::getline(fields, cyrillic, '\t');
        std::getline(fields, latin, '\t');
        if (system == name) vectors.push_back({Unescape(cyrillic), Unescape(latin)});
      }
    } else if (kind == "table") {  // a table of this project's, tests/translit/NAME.tsv
      Result<std::string> tsv = ReadFile(std::string(TRANSLINT_SOURCE_DIR) + "/tests/translit/" + name + ".tsv");
      REQUIRE(tsv.ok());
      std::istringstream rows(*tsv);
      for (std::string row; std::getline(rows, row);) {
        const size_t tab = row.find('\t');
        if (row.empty() || row[0] == '#' || tab == std::string::npos) continue;
        vectors.push_back({row.substr(0, tab), row.substr(tab + 1)});
      }
    } else if (kind == "iuliia") {
      Result<std::string> json = ReadFile(data + "iuliia/" + name + ".json");
      REQUIRE(json.ok());
      const nlohmann::json schema = nlohmann::json::parse(*json);  // kept alive for the loop
      for (const auto& sample : schema.at("samples")) {
        vectors.push_back({sample[0].get<std::string>(), sample[1].get<std::string>()});
      }
    }
  }
  vectors.erase(std::remove_if(vectors.begin(), vectors.end(),
                               [&](const Vector& v) {
                                 return std::find(wrong.begin(), wrong.end(), v.cyrillic) != wrong.end();
                               }),
                vectors.end());
  return vectors;
}

}  // namespace

TEST_CASE("Every shipped scheme passes every vector of its standard", "[translit]") {
  const std::string folder = std::string(TRANSLINT_SOURCE_DIR) + "/transliteration";
  Result<SchemeSet> set = SchemeSet::Load(folder);
  INFO((set.ok() ? std::string() : set.status().message()));
  REQUIRE(set.ok());
  REQUIRE_FALSE(set->schemes().empty());
  INFO("the test vectors come from ../shared/data, beside the repository");
  for (const Scheme& scheme : set->schemes()) {
    std::vector<std::string> sources;
    const std::vector<Vector> vectors = VectorsOf(folder + "/" + scheme.id + ".txt", &sources);
    INFO(scheme.id);
    CHECK_FALSE(sources.empty());
    CHECK(vectors.size() >= sources.size());
    for (const Vector& v : vectors) {
      INFO(v.cyrillic);
      CHECK(Normalise(scheme.Apply(v.cyrillic)) == Normalise(v.latin));
    }
  }
}

TEST_CASE("Schemes are grouped by language and errors name the rule file's line", "[translit]") {
  testing::TempDir dir;
  dir.Write("ru-Latn-test.txt", ":: NFC ;\nа > a ;\nб > b ;\n");
  Result<SchemeSet> set = SchemeSet::Load(dir.path());
  REQUIRE(set.ok());
  REQUIRE(set->ForLanguage("ru").size() == 1);
  CHECK(set->ForLanguage("ru")[0]->Apply("баба") == "baba");
  CHECK(set->ForLanguage("uk").empty());
  dir.Write("ru-Latn-test.txt", ":: NFC ;\nа > a ;\nб > > b ;\n");
  Result<SchemeSet> broken = SchemeSet::Load(dir.path());
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.status().message().rfind(dir.path() + "/ru-Latn-test.txt:3: transliteration rules do not compile:", 0) == 0);
  // A scheme runs another as a pass; the callee loads first whatever the file order.
  dir.Write("ru-Latn-test.txt", ":: NFC ;\nа > a ;\nб > b ;\nж > zh ;\n");
  dir.Write("kk-Latn-test.txt", ":: NFC ;\nә > а ;\n:: ru-Latn/test ;\n");
  Result<SchemeSet> calling = SchemeSet::Load(dir.path());
  REQUIRE(calling.ok());
  CHECK(calling->ForLanguage("kk")[0]->Apply("әжә") == "azha");
  CHECK(calling->schemes()[0].id == "kk-Latn-test");
  dir.Write("kk-Latn-test.txt", ":: NFC ;\nә > а ;\n:: ru-Latn/tset ;\n");
  CHECK(SchemeSet::Load(dir.path()).status().message() ==
        dir.path() + "/kk-Latn-test.txt:3: \"ru-Latn/tset\" is not a scheme of this folder (a scheme xx-Latn-yy.txt "
                     "is called as xx-Latn/yy)");
  dir.Write("kk-Latn-test.txt", ":: NFC ;\nә > а ;\n:: ru-Latn/test ;\n");
  dir.Write("ru-Latn-test.txt", ":: NFC ;\nа > a ;\n:: kk-Latn/test ;\n");
  CHECK(SchemeSet::Load(dir.path()).status().message() ==
        dir.path() + "/kk-Latn-test.txt:3: \"ru-Latn/test\" calls this scheme back, directly or through others; "
                     "schemes cannot call in a circle");
  std::filesystem::remove(dir.path() + "/kk-Latn-test.txt");
  dir.Write("ru-Latn-test.txt", "а > a ;\n");
  dir.Write("russian.txt", "а > a ;\n");
  CHECK(SchemeSet::Load(dir.path()).status().message() ==
        dir.path() + "/russian.txt:1: a scheme file is named <language>-Latn-<scheme>.txt, e.g. ru-Latn-bgn.txt");
}

TEST_CASE("Rule files are bounded before ICU compiles them", "[translit]") {
  testing::TempDir dir;
  // ICU needs memory exponential in nested parentheses (26 levels took 3.9 GB).
  dir.Write("ru-Latn-test.txt", ":: NFC ;\nа > a ;\n" + std::string(26, '(') + "б" + std::string(26, ')') + " > b ;\n");
  CHECK(SchemeSet::Load(dir.path()).status().message() ==
        dir.path() + "/ru-Latn-test.txt:3: parentheses nested more than 8 deep; simplify the rule");
  // Parentheses in quotes, sets, escapes and comments are literals; a rule's end resets the count.
  dir.Write("ru-Latn-test.txt", ":: NFC ;\n'((((((((((' > a ;\n[(((((((((((] > b ;\n\\( > c ;\n# ((((((((((\n((((б)))) > d ;\n((((в)))) > v ;\n");
  CHECK(SchemeSet::Load(dir.path()).ok());
  dir.Write("ru-Latn-test.txt", std::string(2 << 20, '#'));
  CHECK(SchemeSet::Load(dir.path()).status().message() ==
        dir.path() + "/ru-Latn-test.txt: 2048 KiB of transliteration rules; at most 1024 KiB");
}

TEST_CASE("The memo answers a later load without compiling, and compiles only for what it lacks", "[translit]") {
  testing::TempDir dir, cache;
  dir.Write("schemes/ru-Latn-memo.txt", ":: NFC ;\nа > a ;\nб > b ;\nж > zh ;\n");
  dir.Write("schemes/kk-Latn-memo.txt", ":: NFC ;\nә > а ;\n:: ru-Latn/memo ;\n");
  const std::string folder = dir.path() + "/schemes";
  const auto scheme = [](const SchemeSet& set, const std::string& language) { return set.ForLanguage(language)[0]; };
  {
    Result<SchemeSet> first = SchemeSet::Load(folder, cache.path());
    REQUIRE(first.ok());
    CHECK(first->compiled() == 2);  // no memo yet: every file compiles, so errors show
    CHECK(scheme(*first, "ru")->Apply("баба") == "baba");
    CHECK(scheme(*first, "kk")->Apply("әжә") == "azha");
    first->SaveMemo();
  }
  REQUIRE(std::filesystem::exists(cache.path() + "/translit"));
  Result<SchemeSet> second = SchemeSet::Load(folder, cache.path());
  REQUIRE(second.ok());
  CHECK(second->compiled() == 0);
  CHECK(scheme(*second, "ru")->Apply("баба") == "baba");
  CHECK(scheme(*second, "kk")->Apply("әжә") == "azha");
  CHECK(second->compiled() == 0);
  CHECK(scheme(*second, "kk")->Apply("жаба") == "zhaba");  // not in the memo: kk compiles, and ru, which it calls
  CHECK(second->compiled() == 2);
  // Another rule text is another key: the memo is not read, every file compiles again.
  dir.Write("schemes/ru-Latn-memo.txt", ":: NFC ;\nа > a ;\nб > bb ;\nж > zh ;\n");
  Result<SchemeSet> edited = SchemeSet::Load(folder, cache.path());
  REQUIRE(edited.ok());
  CHECK(edited->compiled() == 2);
  CHECK(scheme(*edited, "ru")->Apply("баба") == "bbabba");
}

TEST_CASE("A damaged memo is not read", "[translit]") {
  testing::TempDir dir, cache;
  dir.Write("schemes/ru-Latn-memodamage.txt", ":: NFC ;\nа > a ;\nб > b ;\n");
  const std::string folder = dir.path() + "/schemes";
  {
    Result<SchemeSet> first = SchemeSet::Load(folder, cache.path());
    REQUIRE(first.ok());
    CHECK(first->ForLanguage("ru")[0]->Apply("баба") == "baba");
    first->SaveMemo();
  }
  for (const auto& entry : std::filesystem::directory_iterator(cache.path() + "/translit")) {
    const std::string bytes = testing::ReadAll(entry.path().string());
    dir.Write("cut", bytes.substr(0, bytes.size() - 3));
    std::filesystem::copy_file(dir.path() + "/cut", entry.path(), std::filesystem::copy_options::overwrite_existing);
  }
  Result<SchemeSet> second = SchemeSet::Load(folder, cache.path());
  REQUIRE(second.ok());
  CHECK(second->compiled() == 1);
  CHECK(second->ForLanguage("ru")[0]->Apply("баба") == "baba");
}
