#include "spell/one_edit_index.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace translint;

namespace {

// Every edit Near() stands for, tried one by one in its order (the reference).
std::vector<std::string> BruteForce(const std::vector<std::string>& words, const std::string& word) {
  std::vector<std::string> edits;
  for (size_t i = 0; i + 1 < word.size(); ++i) {
    std::string t = word;
    std::swap(t[i], t[i + 1]);
    edits.push_back(t);
  }
  for (size_t i = 0; i <= word.size(); ++i) {
    for (char c = 'a'; c <= 'z'; ++c) edits.push_back(word.substr(0, i) + c + word.substr(i));
  }
  for (size_t i = 0; i < word.size(); ++i) {
    for (char c = 'a'; c <= 'z'; ++c) {
      if (c == word[i]) continue;
      std::string t = word;
      t[i] = c;
      edits.push_back(t);
    }
  }
  for (size_t i = 0; i < word.size(); ++i) edits.push_back(word.substr(0, i) + word.substr(i + 1));
  std::vector<std::string> out;
  for (const std::string& e : edits) {
    if (e != word && std::find(words.begin(), words.end(), e) != words.end() &&
        std::find(out.begin(), out.end(), e) == out.end()) {
      out.push_back(e);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("OneEditIndex finds the words one edit away, in the order of the edits", "[spell]") {
  const std::vector<std::string> words = {"Tokayev", "Tokaev", "Krasnodar", "Japarov", "Zhaparov", "Osh",
                                          "Bishkek", "Almaty", "Aktau", "Aktobe", "Lavrov", "Lavrova", "aab",
                                          "ab", "aba", "abb", "ba", "b", "a"};
  OneEditIndex index;
  for (const std::string& w : words) index.Add(w);
  CHECK(index.Near("Tokayv") == std::vector<std::string>{"Tokayev", "Tokaev"});  // an insertion before a replacement
  CHECK(index.Near("Kransodar") == std::vector<std::string>{"Krasnodar"});
  CHECK(index.Near("Tokaye") == std::vector<std::string>{"Tokayev"});
  CHECK(index.Near("Lavrov") == std::vector<std::string>{"Lavrova"});  // never the word itself
  CHECK(index.Near("Moscow").empty());
  CHECK(index.Near("Tokay\xC3\xA9v").empty());  // ASCII only
  // The same answers, in the same order, as trying every edit.
  for (const std::string query : {"Tokayv", "Tokayevv", "Japraov", "Zaparov", "Almat", "Aktoe", "Aktau", "ab",
                                  "a", "b", "aa", "abab", "bb", "aaab", "Lavrov", "lavrov", "Bishkke", "Osk"}) {
    INFO(query);
    CHECK(index.Near(query) == BruteForce(words, query));
  }
}
