#include "match/name_clusters.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>


#include "text/normalized_text.h"
#include "translit/name_key.h"

namespace translint {

namespace {

// One distinct spelling (case aside) and what is known about it.
struct Spelling {
  SpellingCount count;
  NameKey key;
  std::vector<NameKey> given;  // keys of the distinct given names seen before it
  bool known_word = true;      // every occurrence is a dictionary word
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Join(size_t a, size_t b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<size_t> parent_;
};

// Joins the members of each block for which same(a, b) holds, and returns the
// groups of two or more, each in input order.
template <typename Same>
std::vector<std::vector<size_t>> GroupWithinBlocks(const std::unordered_map<std::string, std::vector<size_t>>& blocks,
                                                   size_t count, Same same) {
  UnionFind sets(count);
  for (const auto& [candidate, members] : blocks) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        if (same(members[x], members[y])) sets.Join(members[x], members[y]);
      }
    }
  }
  std::map<size_t, std::vector<size_t>> groups;  // root -> members, in input order
  for (size_t i = 0; i < count; ++i) groups[sets.Find(i)].push_back(i);
  std::vector<std::vector<size_t>> out;
  for (auto& [root, members] : groups) {
    if (members.size() >= 2) out.push_back(std::move(members));
  }
  return out;
}

// Given names contradict when both spellings were seen with given names and no
// given name of one is the same name as one of the other.
bool GivenNamesAgree(const Spelling& a, const Spelling& b) {
  if (a.given.empty() || b.given.empty()) return true;
  for (const NameKey& x : a.given) {
    for (const NameKey& y : b.given) {
      if (SameName(x, y)) return true;
    }
  }
  return false;
}

// A dictionary word is read literally (its first reading only): Michael is not
// a reading of Mikhail, nor Jordan of Iordan.
bool SameSpelledName(const Spelling& a, const Spelling& b) {
  if (!a.known_word && !b.known_word) return SameName(a.key, b.key);
  auto literal = [](const Spelling& s) {
    NameKey k = s.key;
    if (s.known_word) k.readings.resize(1);
    return k;
  };
  return SameName(literal(a), literal(b));
}

std::vector<Spelling> DistinctSpellings(const std::vector<NameOccurrence>& occurrences, std::string_view language) {
  std::vector<Spelling> spellings;
  std::unordered_map<std::string, size_t> index;
  std::vector<std::set<std::string>> given_seen;
  for (size_t i = 0; i < occurrences.size(); ++i) {
    const NameOccurrence& o = occurrences[i];
    auto [it, fresh] = index.emplace(LowerCase(o.spelling), spellings.size());
    if (fresh) {
      spellings.push_back(Spelling{SpellingCount{o.spelling, {}}, ReadName(o.spelling, language), {}, true});
      given_seen.emplace_back();
    }
    Spelling& s = spellings[it->second];
    s.count.occurrences.push_back(i);
    s.known_word = s.known_word && o.known_word;
    if (!o.given.empty() && given_seen[it->second].insert(LowerCase(o.given)).second) {
      NameKey key = ReadName(o.given, language);
      if (!key.empty()) s.given.push_back(std::move(key));
    }
  }
  return spellings;
}

}  // namespace

std::vector<std::vector<size_t>> ClusterFullNames(const std::vector<FullName>& names, std::string_view language) {
  std::vector<std::vector<NameKey>> keys;
  keys.reserve(names.size());
  std::unordered_map<std::string, std::vector<size_t>> blocks;
  for (size_t i = 0; i < names.size(); ++i) {
    NameKey surname = ReadName(names[i].surname, language);
    if (names[i].surname_known) surname.readings.resize(std::min<size_t>(surname.readings.size(), 1));
    keys.push_back({ReadName(names[i].given, language), std::move(surname)});
    if (keys.back()[0].empty() || keys.back()[1].empty()) continue;
    for (const std::string& candidate : keys.back()[1].Candidates()) blocks[candidate].push_back(i);
  }
  std::vector<std::vector<size_t>> clusters = GroupWithinBlocks(blocks, names.size(), [&](size_t x, size_t y) {
    const FullName& a = names[x];
    const FullName& b = names[y];
    const bool two_given = a.given_known && b.given_known && LowerCase(a.given) != LowerCase(b.given);
    const bool two_surnames = a.surname_known && b.surname_known && LowerCase(a.surname) != LowerCase(b.surname);
    return !two_given && !two_surnames && SameFullName(keys[x], keys[y]);
  });
  std::sort(clusters.begin(), clusters.end());
  return clusters;
}

std::vector<NameCluster> ClusterNames(const std::vector<NameOccurrence>& occurrences, std::string_view language) {
  std::vector<Spelling> spellings = DistinctSpellings(occurrences, language);
  std::unordered_map<std::string, std::vector<size_t>> blocks;
  for (size_t i = 0; i < spellings.size(); ++i) {
    if (spellings[i].key.empty()) continue;
    for (const std::string& candidate : spellings[i].key.Candidates()) blocks[candidate].push_back(i);
  }
  const auto same = [&](size_t x, size_t y) {
    return SameSpelledName(spellings[x], spellings[y]) && GivenNamesAgree(spellings[x], spellings[y]);
  };
  std::vector<NameCluster> clusters;
  for (const std::vector<size_t>& members : GroupWithinBlocks(blocks, spellings.size(), same)) {
    NameCluster cluster;
    for (size_t m : members) cluster.spellings.push_back(std::move(spellings[m].count));
    std::stable_sort(cluster.spellings.begin(), cluster.spellings.end(), [](const SpellingCount& a, const SpellingCount& b) {
      return a.occurrences.size() > b.occurrences.size();
    });
    clusters.push_back(std::move(cluster));
  }
  auto first = [](const NameCluster& c) {
    size_t at = c.spellings.front().occurrences.front();
    for (const SpellingCount& s : c.spellings) at = std::min(at, s.occurrences.front());
    return at;
  };
  std::sort(clusters.begin(), clusters.end(), [&](const NameCluster& a, const NameCluster& b) { return first(a) < first(b); });
  return clusters;
}

}  // namespace translint
