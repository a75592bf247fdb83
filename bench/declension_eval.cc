// Evaluation of the Russian declension of names (src/translit/russian_declension.h)
// on real Russian news: the Russian sources of a WMT docs.jsonl file.
//
// Gold pairs come from Hunspell's Russian dictionary (ru_RU, hunspell-ru): a
// capitalized word of the text whose Hunspell stem is a different, capitalized
// dictionary word (Жапаровым -> Жапаров, Москвы -> Москва) is an inflected form
// of a name (unless the word is a stem itself: Александр, Васильев are taken as
// nominatives). Recall: the share of those words that DeclinePerson or DeclineOther
// of the stem produces (a surname stem in -ов/-ин also as its feminine -ова/-ина,
// since Hunspell stems Ивановой to Иванов). Plural forms (Ивановы) are in the
// gold set although names are declined in the singular only: they count as misses.
// Acceptance: for each stem found, the share of the other forms of the reading
// that produced the word (person, place, woman's surname) that Hunspell accepts. Usage: declension_eval DOCS.jsonl [--dump N]
#include <hunspell/hunspell.hxx>
#include <unicode/uchar.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "translit/russian_declension.h"

namespace {

using translint::GrammaticalCase;

// Words of letters (with inner hyphens) in `text`.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t length = 1;
    const int32_t cp = pos < text.size() ? translint::DecodeUtf8(text, pos, &length) : -1;
    const bool inner_hyphen = cp == '-' && !word.empty() && pos + 1 < text.size();
    if (cp >= 0 && (u_isalpha(cp) || inner_hyphen)) {
      word.append(text, pos, length);
    } else if (!word.empty()) {
      if (word.back() == '-') word.pop_back();
      words.push_back(word);
      word.clear();
    }
    pos += length;
  }
  return words;
}

bool Capitalized(const std::string& word) {
  size_t length;
  const int32_t cp = word.empty() ? -1 : translint::DecodeUtf8(word, 0, &length);
  return cp >= 0 && u_isupper(cp);
}

// The oblique forms of `stem` under each reading: a person, a place (and, for a
// surname stem in -ов/-ин, a woman of that surname).
std::vector<std::set<std::string>> ReadingsOf(const std::string& stem) {
  std::vector<std::string> nominatives = {stem};
  for (const char* masculine : {"ов", "ев", "ин", "ын"}) {
    const std::string m(masculine);
    if (stem.size() > m.size() && stem.compare(stem.size() - m.size(), m.size(), m) == 0) nominatives.push_back(stem + "а");
  }
  std::vector<std::set<std::string>> readings;
  for (const std::string& nominative : nominatives) {
    std::set<std::string> person, other;
    for (GrammaticalCase c : translint::kObliqueCases) {
      person.insert(translint::DeclinePerson(nominative, c));
      other.insert(translint::DeclineOther(nominative, c));
    }
    readings.push_back(std::move(person));
    readings.push_back(std::move(other));
  }
  return readings;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: declension_eval DOCS.jsonl [--dump N]\n";
    return 2;
  }
  const size_t dump = argc >= 4 && std::string(argv[2]) == "--dump" ? std::stoul(argv[3]) : 0;
  Hunspell hunspell("/usr/share/hunspell/ru_RU.aff", "/usr/share/hunspell/ru_RU.dic");
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "declension_eval: cannot read " << argv[1] << "\n";
    return 2;
  }
  std::map<std::pair<std::string, std::string>, int> gold;  // (word, stem) -> count
  size_t documents = 0, words = 0;
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json doc = nlohmann::json::parse(line);
    if (!doc.contains("ru")) continue;
    ++documents;
    for (const auto& sentence : doc["ru"]) {
      for (const std::string& word : Words(sentence.get<std::string>())) {
        ++words;
        if (!Capitalized(word) || !translint::InRussianLetters(word)) continue;
        // A word that is a stem itself (Александр, Васильев) is taken as a nominative.
        const std::vector<std::string> stems = hunspell.stem(word);
        if (std::find(stems.begin(), stems.end(), word) != stems.end()) continue;
        for (const std::string& stem : stems) {
          if (Capitalized(stem)) {
            ++gold[{word, stem}];
            break;
          }
        }
      }
    }
  }
  size_t total = 0, found = 0, distinct_found = 0, forms = 0, accepted = 0;
  std::set<std::string> judged;  // stems whose forms were judged
  std::vector<std::pair<int, std::string>> misses;
  std::vector<std::string> unaccepted;
  for (const auto& [pair, count] : gold) {
    const auto& [word, stem] = pair;
    total += count;
    const std::vector<std::set<std::string>> readings = ReadingsOf(stem);
    const auto reading = std::find_if(readings.begin(), readings.end(),
                                      [&](const std::set<std::string>& r) { return r.count(word) > 0; });
    if (reading == readings.end()) {
      misses.push_back({count, word + " <- " + stem});
      continue;
    }
    found += count;
    ++distinct_found;
    // The other forms of the reading that produced the word: are they words?
    if (!judged.insert(stem).second) continue;
    for (const std::string& f : *reading) {
      if (f == stem) continue;
      ++forms;
      if (hunspell.spell(f)) {
        ++accepted;
      } else {
        unaccepted.push_back(f + " <- " + stem);
      }
    }
  }
  std::printf("## Russian case forms of names (%s)\n%zu documents, %zu words\n\n", argv[1], documents, words);
  std::printf("| measure | value |\n|---|---|\n");
  std::printf("| inflected name forms in the text (Hunspell) | %zu (%zu distinct) |\n", total, gold.size());
  std::printf("| recall: produced by the declension | %.3f (%zu distinct of %zu) |\n",
              total ? static_cast<double>(found) / total : 0.0, distinct_found, gold.size());
  std::printf("| the other forms of the matching reading, for %zu stems, that Hunspell accepts | %.3f (%zu of %zu) |\n", judged.size(),
              forms ? static_cast<double>(accepted) / forms : 0.0, accepted, forms);
  std::sort(misses.rbegin(), misses.rend());
  for (size_t i = 0; i < misses.size() && i < dump; ++i) {
    std::printf("missed %d x %s\n", misses[i].first, misses[i].second.c_str());
  }
  for (size_t i = 0; i < unaccepted.size() && i < dump; ++i) std::printf("not a word for Hunspell: %s\n", unaccepted[i].c_str());
  return 0;
}
