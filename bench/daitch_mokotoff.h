// Daitch–Mokotoff soundex, a baseline for the name-key evaluation only (not part
// of translint). The rules are read from Apache Commons Codec's `dmrules.txt`
// (Debian's libcommons-codec-java; bench/eval_names.sh extracts it) and applied
// as Commons Codec does: longest rule first, the start / before-vowel / other
// code, branches for alternatives ("c" is 4 or 5), six digits per code.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace translint::bench {

class DaitchMokotoff {
 public:
  // False when the file cannot be read or holds no rules.
  bool Load(const std::string& path);
  // Every code of `name` (lower case after folding accents); empty for no letters.
  std::vector<std::string> Codes(const std::string& name) const;

 private:
  struct Rule {
    std::string pattern;
    std::vector<std::string> at_start, before_vowel, other;
  };
  std::string Clean(const std::string& name) const;
  std::map<char, std::vector<Rule>> rules_;  // by first letter, longest pattern first
  std::map<std::string, char> folding_;      // "é" -> 'e'
};

}  // namespace translint::bench
