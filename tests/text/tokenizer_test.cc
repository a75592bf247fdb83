#include "text/tokenizer.h"

#include <catch2/catch.hpp>

using namespace translint;

namespace {

std::string Describe(const std::string& text) {
  std::string out;
  for (const Token& t : Tokenize(text)) {
    const char* join = t.join == Join::kSpace ? " " : t.join == Join::kHyphen ? "-" : t.join == Join::kPunctuation ? "." : "|";
    out += join + text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

}  // namespace

TEST_CASE("Tokenize keeps inner apostrophes, drops possessives, records joins", "[text]") {
  CHECK(Describe("zhaparov's o'brien m'ята") == "|zhaparov o'brien m'ята");
  CHECK(Describe("kim-jong-il") == "|kim-jong-il");
  CHECK(Describe("sadyr\njaparov") == "|sadyr japarov");
  CHECK(Describe("sadyr\n\njaparov") == "|sadyr|japarov");
  CHECK(Describe("st. petersburg, kyiv") == "|st.petersburg.kyiv");
  CHECK(Describe("bishkek; osh") == "|bishkek|osh");
  CHECK(Describe("жапаров, жапарова") == "|жапаров.жапарова");
}

TEST_CASE("Tokenize records which punctuation joins", "[text]") {
  const std::vector<Token> tokens = Tokenize("krym.realii odessa, texas");
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[1].punctuation == '.');
  CHECK(tokens[2].join == Join::kSpace);
  CHECK(tokens[3].punctuation == ',');
}
