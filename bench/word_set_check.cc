// WordSet against Hunspell on a whole corpus: every distinct word of the given
// files, and for each a typo (a letter put in, left out or replaced), its
// Capitalized form and a letter made capital (seeded); prints how many words
// the set decides and how many answers differ from Hunspell's (per dictionary,
// en_US and en_GB). Exit status 1 when any differs.
//
//   build/bench/word_set_check FILE...
#include <hunspell/hunspell.hxx>

#include <cctype>
#include <cstdio>
#include <memory>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "spell/word_set.h"

using namespace translint;

int main(int argc, char** argv) {
  std::vector<std::unique_ptr<Hunspell>> hunspell;
  std::vector<std::vector<std::string>> lists;
  for (const char* name : {"en_US", "en_GB"}) {
    const std::string aff = std::string("/usr/share/hunspell/") + name + ".aff";
    const std::string dic = std::string("/usr/share/hunspell/") + name + ".dic";
    Result<std::string> aff_text = ReadFile(aff), dic_text = ReadFile(dic);
    if (!aff_text.ok() || !dic_text.ok()) return std::fprintf(stderr, "%s: not installed\n", name), 2;
    Result<std::vector<std::string>> words = ExpandDictionary(*aff_text, *dic_text);
    if (!words.ok()) return std::fprintf(stderr, "%s: %s\n", name, words.status().message().c_str()), 2;
    std::printf("%s: %zu forms\n", name, words->size());
    lists.push_back(std::move(*words));
    hunspell.push_back(std::make_unique<Hunspell>(aff.c_str(), dic.c_str()));
  }
  const WordSet set = WordSet::Build(lists);
  std::set<std::string> words;
  const std::regex word("[A-Za-z][A-Za-z'-]*[A-Za-z]");
  for (int i = 1; i < argc; ++i) {
    Result<std::string> text = ReadFile(argv[i]);
    if (!text.ok()) return std::fprintf(stderr, "%s\n", text.status().message().c_str()), 2;
    for (auto it = std::sregex_iterator(text->begin(), text->end(), word); it != std::sregex_iterator(); ++it) {
      words.insert(it->str());
    }
  }
  const std::vector<std::string> base(words.begin(), words.end());
  std::mt19937 random(11);
  for (std::string w : base) {
    std::string typo = w, capital = w, initial = w;
    const size_t at = random() % w.size();
    switch (random() % 3) {
      case 0: typo.insert(at, 1, static_cast<char>('a' + random() % 26)); break;
      case 1: typo.erase(at, 1); break;
      default: typo[at] = static_cast<char>('a' + random() % 26); break;
    }
    capital[at] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[at])));
    initial[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(initial[0])));
    words.insert({typo, capital, initial});
  }
  size_t decided = 0, accepted = 0, differ = 0;
  for (const std::string& w : words) {
    if (!WordSet::Decides(w)) continue;
    ++decided;
    uint8_t expected = 0;
    for (size_t i = 0; i < hunspell.size(); ++i) expected |= hunspell[i]->spell(w) ? 1 << i : 0;
    accepted += expected != 0;
    if (set.Accepting(w) != expected && ++differ <= 20) {
      std::printf("differs: %s (Hunspell %d, WordSet %d)\n", w.c_str(), expected, set.Accepting(w));
    }
  }
  std::printf("%zu distinct words and variants, %zu decided by the set (%zu accepted), %zu answers differ\n",
              words.size(), decided, accepted, differ);
  return differ == 0 ? 0 : 1;
}
