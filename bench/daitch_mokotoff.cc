#include "daitch_mokotoff.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace translint::bench {

namespace {

std::vector<std::string> Alternatives(const std::string& codes) {
  std::vector<std::string> out;
  std::stringstream in(codes);
  std::string part;
  while (std::getline(in, part, '|')) out.push_back(part);
  if (out.empty() || codes.back() == '|') out.push_back("");
  return out;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

struct Branch {
  std::string code;
  std::string last;
  bool has_last = false;

  void Add(const std::string& replacement, bool force) {
    const bool append = !has_last || force || last.size() < replacement.size() ||
                        last.compare(last.size() - replacement.size(), replacement.size(), replacement) != 0;
    if (append && code.size() < 6) code = (code + replacement).substr(0, 6);
    last = replacement;
    has_last = true;
  }
};

}  // namespace

bool DaitchMokotoff::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return false;
  static const std::regex kRule("^\\s*\"([^\"]+)\"\\s+\"([^\"]*)\"\\s+\"([^\"]*)\"\\s+\"([^\"]*)\"");
  static const std::regex kFold("^(\\S+)=(\\S)\\s*$");
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, kRule)) {
      rules_[m[1].str()[0]].push_back(Rule{m[1], Alternatives(m[2]), Alternatives(m[3]), Alternatives(m[4])});
    } else if (std::regex_match(line, m, kFold)) {
      folding_[m[1]] = m[2].str()[0];
    }
  }
  for (auto& [first, rules] : rules_) {
    std::stable_sort(rules.begin(), rules.end(),
                     [](const Rule& a, const Rule& b) { return a.pattern.size() > b.pattern.size(); });
  }
  return !rules_.empty();
}

std::string DaitchMokotoff::Clean(const std::string& name) const {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const unsigned char c = name[i];
    const size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const std::string ch = name.substr(i, length);
    i += length;
    if (length == 1) {
      if (std::isalpha(c)) out += static_cast<char>(std::tolower(c));
      continue;
    }
    auto f = folding_.find(ch);
    if (f != folding_.end()) out += f->second;
  }
  return out;
}

std::vector<std::string> DaitchMokotoff::Codes(const std::string& name) const {
  const std::string input = Clean(name);
  if (input.empty()) return {};
  std::vector<Branch> branches(1);
  char last_char = 0;
  for (size_t index = 0; index < input.size(); ++index) {
    const char ch = input[index];
    auto it = rules_.find(ch);
    if (it == rules_.end()) continue;
    for (const Rule& rule : it->second) {
      if (input.compare(index, rule.pattern.size(), rule.pattern) != 0) continue;
      const size_t next = index + rule.pattern.size();
      const std::vector<std::string>& replacements =
          last_char == 0 ? rule.at_start
                         : (next < input.size() && IsVowel(input[next]) ? rule.before_vowel : rule.other);
      const bool force = (last_char == 'm' && ch == 'n') || (last_char == 'n' && ch == 'm');
      std::vector<Branch> next_branches;
      for (const Branch& branch : branches) {
        for (const std::string& replacement : replacements) {
          Branch b = branch;
          b.Add(replacement, force);
          next_branches.push_back(std::move(b));
        }
      }
      branches = std::move(next_branches);
      index += rule.pattern.size() - 1;
      break;
    }
    last_char = ch;
  }
  std::set<std::string> codes;
  for (Branch& b : branches) codes.insert(b.code + std::string(6 - b.code.size(), '0'));
  return {codes.begin(), codes.end()};
}

}  // namespace translint::bench
