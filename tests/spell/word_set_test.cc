// WordSet: the dictionary expansion, the look-up rules, the cache bytes — and
// that its answers are Hunspell's on real text (BBC news) and on typos made of it.
#include "spell/word_set.h"

#include <hunspell/hunspell.hxx>
#include <unicode/uchar.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <random>
#include <regex>
#include <set>

#include "base/file_io.h"
#include "base/utf8.h"
#include "spell/speller.h"
#include "test_util.h"

using namespace translint;
using translint::testing::TempDir;

namespace {

constexpr const char* kAff = R"(SET UTF-8
TRY esianrtolcdugmphbyfvkw
COMPOUNDMIN 1
ONLYINCOMPOUND c
COMPOUNDRULE 1
COMPOUNDRULE n*1t
PFX U Y 1
PFX U   0     un         .
PFX R N 1
PFX R   0     re         .
SFX S Y 2
SFX S   y     ies        [^aeiou]y
SFX S   0     s          [aeiou]y
SFX D Y 2
SFX D   0     d          e
SFX D   0     ed         [^e]
)";

constexpr const char* kDic = R"(8
city/S
day/S
tie/UDS
play/RDS
do/R
Paris
1/n1
1th/tc
)";

std::vector<std::string> Expanded(const std::string& aff, const std::string& dic) {
  Result<std::vector<std::string>> words = ExpandDictionary(aff, dic);
  REQUIRE(words.ok());
  return *words;
}

}  // namespace

TEST_CASE("ExpandDictionary applies suffixes, prefixes and their cross products", "[spell]") {
  const std::vector<std::string> words = Expanded(kAff, kDic);
  // Each suffix only where its condition holds ("cities", "days", not "citys",
  // "daies"); the cross product only of two classes that allow it ("untied", not
  // "replayed"); no parts of number compounds ("1", "1th").
  const std::vector<std::string> expected = {"Paris", "cities", "city",   "day",  "days",  "do",   "play",
                                             "played", "plays", "redo",  "replay", "tie", "tied", "untie",
                                             "untied"};
  CHECK(words == expected);
}

TEST_CASE("ExpandDictionary refuses the dictionaries it cannot list, saying why", "[spell]") {
  const auto problem = [](const std::string& aff, const std::string& dic = "1\nword\n") {
    Result<std::vector<std::string>> words = ExpandDictionary(aff, dic);
    return words.ok() ? std::string() : words.status().message();
  };
  CHECK(problem("SET UTF-8\nCOMPOUNDFLAG Z\n") == "the affix file uses COMPOUNDFLAG");
  CHECK(problem("SET UTF-8\nFLAG long\n") == "the affix file uses FLAG");
  CHECK(problem("SET ISO8859-1\n") == "the affix file is not UTF-8");
  CHECK(problem("SET UTF-8\nSFX A Y 1\nSFX A 0 s/B .\n") == "the affix file has continuation classes (s/B)");
  CHECK(problem("SET UTF-8\nICONV 1\nICONV a b\n") == "the affix file converts ASCII input (ICONV a)");
  CHECK(problem("SET UTF-8\nONLYINCOMPOUND c\n", "1\nair/c\n") == "the dictionary compounds letter words (air)");
  CHECK(problem("SET UTF-8\nICONV 1\nICONV \xE2\x80\x99 '\n").empty());  // typographic apostrophes are fine
}

TEST_CASE("WordSet::Decides takes Latin letter words that are not in capitals, and hyphenations of them",
          "[spell]") {
  for (const char* word : {"dog", "Dog", "don't", "O'Brien", "WhatsApp", "well-known", "Well-Known", "I", "a",
                           "caf\xC3\xA9", "D\xC3\xBCsseldorf", "Nause\xC4\x97" "da", "\xC3\x89lys\xC3\xA9" "e",
                           "\xC8\x98tefan", "\xC3\xA0"}) {
    INFO(word);
    CHECK(WordSet::Decides(word));
  }
  const std::string too_long(65, 'a');
  for (const std::string& word : std::vector<std::string>{
           "", "NATO", "US", "'twas", "dogs'", "do''g", "-dog", "dog-", "well--known", "B52", "x y", too_long,
           "CAF\xC3\x89",                // CAPITALS beyond ASCII too
           "Stra\xC3\x9F" "e",           // no capital of its own
           "\xC4\xB1stanbul",            // dotless i: its capital is ASCII
           "don\xE2\x80\x99t",          // a typographic apostrophe (Hunspell's ICONV)
           "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",  // Cyrillic
           "caf\xC3"}) {                  // cut UTF-8
    INFO(word);
    CHECK_FALSE(WordSet::Decides(word));
  }
}

TEST_CASE("WordSet answers as Hunspell would: case, hyphens, a bit per dictionary, added words", "[spell]") {
  const WordSet set = WordSet::Build({{"dog", "Paris", "well-known", "hurly-burly"}, {"dog", "colour", "known"}});
  CHECK(set.size() == 6);
  CHECK(set.Accepting("dog") == 3);
  CHECK(set.Accepting("Dog") == 3);  // a capitalized common word
  CHECK(set.Accepting("colour") == 2);
  CHECK(set.Accepting("Paris") == 1);
  CHECK(set.Accepting("paris") == 0);  // a name is not written in lower case
  CHECK(set.Accepting("dOg") == 0);
  CHECK(set.Accepting("well-known") == 1);
  CHECK(set.Accepting("dog-known") == 2);     // both parts in the second dictionary only
  CHECK(set.Accepting("dog-colour") == 2);
  CHECK(set.Accepting("Paris-colour") == 0);  // no dictionary has both parts
  CHECK(set.Accepting("hurly-burly-dog") == 1);
  CHECK(set.Accepting("cat") == 0);
  const WordSet latin = WordSet::Build({{"caf\xC3\xA9", "\xC3\x81lvarez"}});
  CHECK(latin.Accepting("Caf\xC3\xA9") == 1);        // Capitalized beyond ASCII: "café" for "Café"
  CHECK(latin.Accepting("\xC3\xA1lvarez") == 0);     // a name is not written in lower case
  CHECK(latin.Accepting("\xC3\x81lvarez-caf\xC3\xA9") == 1);
  const auto added = [](std::string_view w) { return static_cast<uint8_t>(w == "zhaparov" || w == "Tokayev" ? 0xFF : 0); };
  CHECK(set.Accepting("Zhaparov", added) == 0xFF);  // added in lower case: Capitalized too
  CHECK(set.Accepting("tokayev", added) == 0);
  CHECK(set.Accepting("Tokayev-dog", added) == 3);
}

TEST_CASE("WordSet bytes read back only whole and under their key", "[spell]") {
  const WordSet set = WordSet::Build({{"dog", "cat", "don't"}});
  const std::string bytes = set.Serialize(42);
  std::optional<WordSet> back = WordSet::FromBytes(bytes, 42);
  REQUIRE(back.has_value());
  CHECK(back->size() == 3);
  CHECK(back->Accepting("don't") == 1);
  CHECK(back->Accepting("cow") == 0);
  CHECK_FALSE(WordSet::FromBytes(bytes, 43).has_value());
  CHECK_FALSE(WordSet::FromBytes(bytes.substr(0, bytes.size() - 1), 42).has_value());
  CHECK_FALSE(WordSet::FromBytes("", 42).has_value());
  std::string damaged = bytes;  // every slot pointing outside the words: found nowhere, read nowhere
  for (size_t i = 40; i < 40 + 16 * 8; ++i) damaged[i] = '\x7F';
  std::optional<WordSet> broken = WordSet::FromBytes(damaged, 42);
  REQUIRE(broken.has_value());
  CHECK(broken->Accepting("dog") == 0);
  CHECK(broken->Accepting("cow") == 0);
}

namespace {

bool IsAscii(const std::string& word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// `word` with its first character mapped by `map` (u_tolower, u_toupper).
std::string WithFirst(const std::string& word, UChar32 (*map)(UChar32)) {
  size_t length = 0;
  const int32_t first = DecodeUtf8(word, 0, &length);
  std::string out;
  AppendUtf8(map(first), &out);
  return out + word.substr(length);
}

// The distinct words of the BBC news corpus beside the repository, and typos
// and case changes made of some of them (a fixed seed).
std::vector<std::string> TestWords() {
  Result<std::string> text =
      ReadFileRange(std::string(TRANSLINT_SOURCE_DIR) + "/../shared/data/corpora/bbc-news-2004/articles.jsonl", 0,
                    size_t{3} << 20);
  REQUIRE(text.ok());
  std::set<std::string> words;
  const std::regex word("[A-Za-z][A-Za-z'-]*[A-Za-z]");
  for (auto it = std::sregex_iterator(text->begin(), text->end(), word); it != std::sregex_iterator(); ++it) {
    words.insert(it->str());
  }
  std::vector<std::string> base(words.begin(), words.end());
  // Words beyond ASCII: each Latin letter of U+00C0..U+024F in both cases at
  // the start, inside and at the end of real words.
  std::vector<std::string> latin;
  for (int32_t cp = 0xC0; cp <= 0x24F; ++cp) {
    std::string letter;
    AppendUtf8(cp, &letter);
    const std::string& w = base[static_cast<size_t>(cp) * 7919 % base.size()];
    for (const std::string& made : {letter + w, w + letter, w.substr(0, 2) + letter + w.substr(2), letter}) {
      latin.push_back(made);
    }
  }
  words.insert(latin.begin(), latin.end());
  std::mt19937 random(7);
  for (size_t i = 0; i < 40000; ++i) {
    std::string w = base[random() % base.size()];
    const size_t at = random() % w.size();
    switch (random() % 5) {
      case 0: w.insert(at, 1, static_cast<char>('a' + random() % 26)); break;
      case 1: w.erase(at, 1); break;
      case 2: w[at] = static_cast<char>('a' + random() % 26); break;
      case 3: w[at] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[at]))); break;
      default: w = w + "-" + base[random() % base.size()]; break;
    }
    words.insert(w);
  }
  return {words.begin(), words.end()};
}

}  // namespace

TEST_CASE("WordSet of en_US and en_GB gives Hunspell's answers on real words and typos", "[spell]") {
  std::vector<std::unique_ptr<Hunspell>> hunspell;
  std::vector<std::vector<std::string>> lists;
  for (const char* name : {"en_US", "en_GB"}) {
    const std::string aff = std::string("/usr/share/hunspell/") + name + ".aff";
    const std::string dic = std::string("/usr/share/hunspell/") + name + ".dic";
    REQUIRE(std::filesystem::exists(dic));  // dev.sh installs hunspell-en-us and hunspell-en-gb
    lists.push_back(Expanded(*ReadFile(aff), *ReadFile(dic)));
    hunspell.push_back(std::make_unique<Hunspell>(aff.c_str(), dic.c_str()));
  }
  const WordSet set = WordSet::Build(lists);
  CHECK(set.size() > 250000);
  // The dictionaries' own words beyond ASCII ("café", "Álvarez", "aide-mémoire"),
  // as written, in lower case and Capitalized.
  std::vector<std::string> words = TestWords();
  size_t beyond_ascii = 0;
  for (const auto& list : lists) {
    for (const std::string& w : list) {
      if (IsAscii(w)) continue;
      ++beyond_ascii;
      words.insert(words.end(), {w, WithFirst(w, u_tolower), WithFirst(w, u_toupper)});
    }
  }
  CHECK(beyond_ascii > 1000);  // en_GB's 634 stems and their forms
  size_t decided = 0, accepted = 0, mismatches = 0, decided_beyond_ascii = 0, accepted_beyond_ascii = 0;
  for (const std::string& word : words) {
    if (!WordSet::Decides(word)) continue;
    ++decided;
    uint8_t expected = 0;
    for (size_t i = 0; i < hunspell.size(); ++i) expected |= hunspell[i]->spell(word) ? 1 << i : 0;
    accepted += expected != 0;
    const bool ascii = IsAscii(word);
    decided_beyond_ascii += !ascii;
    accepted_beyond_ascii += !ascii && expected != 0;
    if (set.Accepting(word) != expected && ++mismatches <= 20) {
      FAIL_CHECK(word << ": Hunspell " << int{expected} << ", WordSet " << int{set.Accepting(word)});
    }
  }
  INFO(decided << " words decided, " << accepted << " accepted; beyond ASCII " << decided_beyond_ascii << ", "
               << accepted_beyond_ascii);
  CHECK(decided_beyond_ascii > 2000);
  CHECK(accepted_beyond_ascii > 1000);
  CHECK(mismatches == 0);
  CHECK(decided > 40000);
  CHECK(accepted > 10000);
  CHECK(accepted < decided - 10000);  // the typos are rejected
}

TEST_CASE("A Speller with a WordSet answers and suggests as one with Hunspell alone", "[spell]") {
  TempDir cache;
  const std::vector<std::string> names = {"en_US", "en_GB"};
  Result<std::unique_ptr<Speller>> fast = Speller::Open(names, Speller::DefaultFolders(), cache.path());
  Result<std::unique_ptr<Speller>> plain = Speller::Open(names, Speller::DefaultFolders(), "");
  REQUIRE(fast.ok());
  REQUIRE(plain.ok());
  CHECK((*fast)->has_word_set());
  CHECK_FALSE((*plain)->has_word_set());
  CHECK(std::filesystem::exists(cache.path() + "/words"));
  for (const char* added : {"Zhaparov", "kloop", "Akorda", "McCain", "Nause\xC4\x97" "da"}) {
    (*fast)->Add(added);
    (*plain)->Add(added);
  }
  std::vector<std::string> words = TestWords();
  words.resize(std::min<size_t>(words.size(), 20000));
  for (const char* w : {"Zhaparov", "zhaparov", "Kloop", "McCain", "MCCAIN", "Akorda-based", "recieve", "goverment",
                        "Nause\xC4\x97" "da", "nause\xC4\x97" "da", "NAUSE\xC4\x96" "DA", "Nause\xC4\x97" "da-led",
                        "caf\xC3\xA9", "Caf\xC3\xA9", "na\xC3\xAFve", "D\xC3\xBCsseldorf", "Le\xC3\xB3n"}) {
    words.push_back(w);
  }
  size_t mismatches = 0;
  for (const std::string& word : words) {
    const bool same = (*fast)->IsCorrect(word) == (*plain)->IsCorrect(word) &&
                      (*fast)->IsDictionaryWord(word) == (*plain)->IsDictionaryWord(word);
    if (!same && ++mismatches <= 20) FAIL_CHECK(word);
  }
  CHECK(mismatches == 0);
  // A fresh speller answers words beyond ASCII from the set, without loading
  // Hunspell; a word in capitals loads it.
  Result<std::unique_ptr<Speller>> names_only = Speller::Open(names, Speller::DefaultFolders(), cache.path());
  REQUIRE(names_only.ok());
  (*names_only)->Add("Nause\xC4\x97" "da");
  CHECK((*names_only)->IsCorrect("Nause\xC4\x97" "da"));
  CHECK_FALSE((*names_only)->IsDictionaryWord("nause\xC4\x97" "da"));
  CHECK((*names_only)->IsDictionaryWord("Caf\xC3\xA9"));
  CHECK_FALSE((*names_only)->IsCorrect("Le\xC3\xB3n"));
  CHECK_FALSE((*names_only)->hunspell_loaded());
  CHECK((*names_only)->IsCorrect("NATO"));
  CHECK((*names_only)->hunspell_loaded());
  // Suggestions: the Hunspell path's (which screens candidates by stem) and
  // more, each a word of the first dictionary or an added one.
  Hunspell en_us("/usr/share/hunspell/en_US.aff", "/usr/share/hunspell/en_US.dic");
  for (const char* typo : {"recieve", "goverment", "teh", "Tokio", "wich", "beleive", "redifining", "conjuction",
                           "iMP", "Zhaparv"}) {
    INFO(typo);
    const std::vector<std::string> exact = (*fast)->Suggest(typo, 100), screened = (*plain)->Suggest(typo, 100);
    CHECK(!exact.empty());
    for (const std::string& s : screened) CHECK(std::find(exact.begin(), exact.end(), s) != exact.end());
    for (const std::string& s : exact) CHECK((en_us.spell(s) || s == "Zhaparov"));
  }
  CHECK((*fast)->Suggest("redifining", 5) == std::vector<std::string>{"redefining"});
  CHECK((*fast)->Suggest("iMP", 5) == (*plain)->Suggest("iMP", 5));
  // The second start reads the set back from the cache.
  Result<std::unique_ptr<Speller>> again = Speller::Open(names, Speller::DefaultFolders(), cache.path());
  REQUIRE(again.ok());
  CHECK((*again)->has_word_set());
  CHECK((*again)->IsCorrect("colour"));
  CHECK_FALSE((*again)->IsCorrect("colourr"));
}

TEST_CASE("A Speller's memo of answers follows Add and is its own", "[spell]") {
  TempDir cache;
  Result<std::unique_ptr<Speller>> first = Speller::Open({"en_US"}, Speller::DefaultFolders(), cache.path());
  Result<std::unique_ptr<Speller>> second = Speller::Open({"en_US"}, Speller::DefaultFolders(), cache.path());
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  for (int i = 0; i < 2; ++i) {  // the second time from the memo
    CHECK_FALSE((*first)->IsCorrect("Japarovich"));
    CHECK((*first)->IsDictionaryWord("house"));
  }
  (*first)->Add("Japarovich");
  (*first)->Add("house");
  for (int i = 0; i < 2; ++i) {
    CHECK((*first)->IsCorrect("Japarovich"));
    CHECK_FALSE((*first)->IsDictionaryWord("Japarovich"));  // correct only because it was added
    CHECK_FALSE((*first)->IsDictionaryWord("house"));       // the added spelling is a name now
    CHECK_FALSE((*second)->IsCorrect("Japarovich"));        // another speller: not added there
    CHECK((*second)->IsDictionaryWord("house"));
  }
  CHECK((*first)->SuggestAdded("Japarovic", 5) == std::vector<std::string>{"Japarovich"});
  CHECK((*second)->SuggestAdded("Japarovic", 5).empty());
}
