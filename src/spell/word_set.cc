#include "spell/word_set.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include <unicode/uchar.h>

#include "base/fast_hash.h"
#include "base/utf8.h"

namespace translint {

namespace {

bool IsAsciiText(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// The Latin letters beyond ASCII the set decides: U+00C0..U+024F with a
// partner of the other case in the same range that maps back (so a case
// change keeps the word's length: two UTF-8 bytes each). Hunspell's case
// tables and ICU's simple case mapping agree on them (tested).
constexpr int32_t kFirstLatin = 0xC0, kLastLatin = 0x24F;

struct LatinCase {
  int32_t partner = 0;  // 0: not a letter the set decides
  bool upper = false;
};

const LatinCase& LatinCaseOf(int32_t cp) {
  static const std::array<LatinCase, kLastLatin - kFirstLatin + 1> table = [] {
    std::array<LatinCase, kLastLatin - kFirstLatin + 1> t{};
    const auto in_range = [](int32_t c) { return c >= kFirstLatin && c <= kLastLatin; };
    for (int32_t c = kFirstLatin; c <= kLastLatin; ++c) {
      const int32_t lower = u_tolower(c), upper = u_toupper(c);
      const bool is_upper = lower != c;
      const int32_t partner = is_upper ? lower : upper;
      if (partner == c || !in_range(partner) || (is_upper ? u_toupper(partner) : u_tolower(partner)) != c) continue;
      t[static_cast<size_t>(c - kFirstLatin)] = {partner, is_upper};
    }
    return t;
  }();
  return table[static_cast<size_t>(cp - kFirstLatin)];
}

// The letter the set decides at word[i]: its byte length (0: none), its case
// and, for one beyond ASCII, its partner of the other case.
struct Letter {
  size_t length = 0;
  bool upper = false;
  int32_t partner = 0;
};

Letter LetterAt(std::string_view word, size_t i) {
  const char c = word[i];
  if (IsUpper(c) || IsLower(c)) return {1, IsUpper(c), 0};
  const auto lead = static_cast<unsigned char>(c);
  if (lead < 0xC3 || lead > 0xC9 || i + 1 >= word.size()) return {};
  const auto next = static_cast<unsigned char>(word[i + 1]);
  if ((next & 0xC0) != 0x80) return {};
  const int32_t cp = ((lead & 0x1F) << 6) | (next & 0x3F);
  if (cp < kFirstLatin || cp > kLastLatin) return {};
  const LatinCase& latin = LatinCaseOf(cp);
  if (latin.partner == 0) return {};
  return {2, latin.upper, latin.partner};
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at < line.size()) {
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
    const size_t begin = at;
    while (at < line.size() && line[at] != ' ' && line[at] != '\t') ++at;
    if (at > begin) out.push_back(line.substr(begin, at - begin));
  }
  return out;
}

// Calls `f(line)` for each line of `text`, without its line break.
template <typename F>
void ForEachLine(std::string_view text, F f) {
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    f(line);
    at = end + 1;
  }
}

// One element of an affix condition: a character, "." or a bracket set.
// Conditions are on characters, as Hunspell's are in a UTF-8 dictionary.
struct ConditionElement {
  bool any = false;
  bool negated = false;
  std::vector<int32_t> chars;
  bool Matches(int32_t c) const {
    return any || ((std::find(chars.begin(), chars.end(), c) != chars.end()) != negated);
  }
};

std::vector<int32_t> CodePoints(std::string_view text) {
  std::vector<int32_t> out;
  for (size_t i = 0, n = 0; i < text.size(); i += n) out.push_back(DecodeUtf8(text, i, &n));
  return out;
}

std::optional<std::vector<ConditionElement>> ParseCondition(std::string_view condition) {
  std::vector<ConditionElement> out;
  if (condition == ".") return out;  // no condition
  for (size_t i = 0, n = 1; i < condition.size(); i += n) {
    ConditionElement e;
    n = 1;
    if (condition[i] == '.') {
      e.any = true;
    } else if (condition[i] == '[') {
      const size_t close = condition.find(']', i);
      if (close == std::string_view::npos) return std::nullopt;
      size_t from = i + 1;
      if (from < close && condition[from] == '^') e.negated = true, ++from;
      e.chars = CodePoints(condition.substr(from, close - from));
      n = close + 1 - i;
    } else {
      e.chars = {DecodeUtf8(condition, i, &n)};
    }
    out.push_back(std::move(e));
  }
  return out;
}

struct Affix {
  std::string strip, add;
  std::vector<ConditionElement> condition;
};

struct AffixClass {
  bool prefix = false;
  bool cross = false;
  std::vector<Affix> entries;
};

// Does a prefix (at the start) or suffix (at the end) condition hold for `stem`?
// The stem's characters are read from its start (prefix) or end (suffix).
bool ConditionHolds(const std::vector<ConditionElement>& condition, std::string_view stem, bool prefix) {
  size_t at = prefix ? 0 : stem.size();
  for (size_t k = 0; k < condition.size(); ++k) {
    size_t start = at, length = 0;
    if (prefix) {
      if (at >= stem.size()) return false;
    } else {
      if (at == 0) return false;
      for (start = at - 1; start > 0 && !IsLeadByte(static_cast<unsigned char>(stem[start]));) --start;
    }
    const int32_t c = DecodeUtf8(stem, start, &length);
    at = prefix ? start + length : start;
    if (!condition[prefix ? k : condition.size() - 1 - k].Matches(c)) return false;
  }
  return true;
}

std::optional<std::string> Apply(const AffixClass& affix_class, const Affix& affix, const std::string& stem) {
  const std::string& strip = affix.strip;
  if (strip.size() >= stem.size() || !ConditionHolds(affix.condition, stem, affix_class.prefix)) return std::nullopt;
  if (affix_class.prefix) {
    if (stem.compare(0, strip.size(), strip) != 0) return std::nullopt;
    return affix.add + stem.substr(strip.size());
  }
  if (stem.compare(stem.size() - strip.size(), strip.size(), strip) != 0) return std::nullopt;
  return stem.substr(0, stem.size() - strip.size()) + affix.add;
}

// Keywords of an .aff that only shape suggestions, or that the expansion handles.
const std::set<std::string_view> kUnderstood = {
    "SET", "TRY", "KEY", "REP", "MAP", "PHONE", "WORDCHARS", "NOSUGGEST", "MAXNGRAMSUGS", "MAXDIFF",
    "ONLYMAXDIFF", "NOSPLITSUGS", "SUGSWITHDOTS", "MAXCPDSUGS", "NAME", "VERSION", "HOME", "LANG",
    "ICONV", "COMPOUNDMIN", "COMPOUNDRULE", "ONLYINCOMPOUND", "PFX", "SFX"};

struct AffixFile {
  std::map<char, AffixClass> classes;
  std::string compound_flags;  // flags of COMPOUNDRULE and ONLYINCOMPOUND
};

Result<AffixFile> ParseAff(std::string_view aff) {
  if (aff.substr(0, 3) == "\xEF\xBB\xBF") aff.remove_prefix(3);
  AffixFile out;
  std::string problem;
  bool rule_count_seen = false;  // the first COMPOUNDRULE line is their count
  ForEachLine(aff, [&](std::string_view line) {
    const std::vector<std::string_view> f = Fields(line);
    if (!problem.empty() || f.empty() || f[0][0] == '#') return;
    if (!kUnderstood.count(f[0])) {
      problem = "the affix file uses " + std::string(f[0]);
    } else if (f[0] == "SET" && (f.size() < 2 || f[1] != "UTF-8")) {
      problem = "the affix file is not UTF-8";
    } else if (f[0] == "LANG" && (f.size() < 2 || f[1].substr(0, 2) != "en")) {
      problem = "Hunspell has rules of its own for LANG " + std::string(f.size() > 1 ? f[1] : "");
    } else if (f[0] == "ICONV" && f.size() >= 3 && IsAsciiText(f[1])) {
      problem = "the affix file converts ASCII input (ICONV " + std::string(f[1]) + ")";
    } else if (f[0] == "COMPOUNDRULE" && f.size() >= 2 && std::exchange(rule_count_seen, true)) {
      for (char c : f[1]) {
        if (c != '*' && c != '?' && c != '(' && c != ')') out.compound_flags.push_back(c);
      }
    } else if (f[0] == "ONLYINCOMPOUND" && f.size() >= 2) {
      out.compound_flags += std::string(f[1]);
    } else if ((f[0] == "PFX" || f[0] == "SFX") && f.size() >= 4) {
      if (f[1].size() != 1) {
        problem = "the affix file has flags of more than one character";
        return;
      }
      const char flag = f[1][0];
      auto [it, is_new] = out.classes.try_emplace(flag);
      if (is_new) {  // the header: PFX flag Y|N count
        it->second.prefix = f[0] == "PFX";
        it->second.cross = f[2] == "Y";
        return;
      }
      const std::string_view add = f[3];
      if (add.find('/') != std::string_view::npos) {
        problem = "the affix file has continuation classes (" + std::string(add) + ")";
        return;
      }
      std::optional<std::vector<ConditionElement>> condition = ParseCondition(f.size() >= 5 ? f[4] : ".");
      if (!condition) {
        problem = "an affix condition is not closed: " + std::string(f[4]);
        return;
      }
      Affix affix;
      affix.strip = f[2] == "0" ? "" : std::string(f[2]);
      affix.add = add == "0" ? "" : std::string(add);
      affix.condition = std::move(*condition);
      it->second.entries.push_back(std::move(affix));
    }
  });
  if (!problem.empty()) return Status::Error(problem);
  return out;
}

// The forms of one stem with `flags`.
void Expand(const AffixFile& aff, const std::string& stem, std::string_view flags, std::vector<std::string>* out) {
  out->push_back(stem);
  std::vector<std::string> suffixed;  // by classes that combine with prefixes
  for (const char flag : flags) {
    const auto it = aff.classes.find(flag);
    if (it == aff.classes.end() || it->second.prefix) continue;
    for (const Affix& affix : it->second.entries) {
      std::optional<std::string> form = Apply(it->second, affix, stem);
      if (!form) continue;
      if (it->second.cross) suffixed.push_back(*form);
      out->push_back(std::move(*form));
    }
  }
  for (const char flag : flags) {
    const auto it = aff.classes.find(flag);
    if (it == aff.classes.end() || !it->second.prefix) continue;
    for (const Affix& affix : it->second.entries) {
      if (std::optional<std::string> form = Apply(it->second, affix, stem); form) {
        out->push_back(std::move(*form));
      }
      if (!it->second.cross) continue;
      for (const std::string& s : suffixed) {
        if (std::optional<std::string> form = Apply(it->second, affix, s); form) {
          out->push_back(std::move(*form));
        }
      }
    }
  }
}

bool HasLetter(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (LetterAt(s, i).length != 0) return true;
  }
  return false;
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The header: the magic (19 bytes), padding to 20, the word count, the slot
// count, the blob size (uint32 each), the key (uint64).
constexpr std::string_view kMagic = "translint-words-v3\n";
constexpr size_t kSlotBytes = 8;  // 1 + the entry's offset (0: empty), then the word hash's upper half
constexpr size_t kCountAt = 20, kSlotCountAt = 24, kBlobSizeAt = 28, kKeyAt = 32, kHeader = 40;

}  // namespace

Result<std::vector<std::string>> ExpandDictionary(std::string_view aff, std::string_view dic) {
  Result<AffixFile> parsed = ParseAff(aff);
  if (!parsed.ok()) return parsed.status();
  std::vector<std::string> words;
  bool first = true;
  std::string problem;
  ForEachLine(dic, [&](std::string_view line) {
    if (std::exchange(first, false) || !problem.empty()) return;  // the word count
    const size_t end = std::min(line.find_first_of(" \t"), line.size());
    line = line.substr(0, end);
    const size_t slash = line.find('/');
    std::string stem(line.substr(0, slash));
    const std::string_view flags = slash == std::string_view::npos ? std::string_view() : line.substr(slash + 1);
    if (stem.empty() || stem.find('\\') != std::string::npos) return;
    const bool compound_part = std::any_of(flags.begin(), flags.end(), [&](char c) {
      return parsed->compound_flags.find(c) != std::string::npos;
    });
    if (compound_part) {
      // Parts of compounds are numbers here ("1", "1st"); a letter word that is
      // one would make compounds of letters, which the set does not decide.
      if (!HasDigit(stem)) problem = "the dictionary compounds letter words (" + stem + ")";
      return;
    }
    Expand(*parsed, stem, flags, &words);
  });
  if (!problem.empty()) return Status::Error(problem);
  words.erase(std::remove_if(words.begin(), words.end(), [](const std::string& w) { return !HasLetter(w); }),
              words.end());
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

bool WordSet::Decides(std::string_view word) {
  if (word.empty() || word.size() > kMaxLength) return false;
  size_t part = 0;  // the start of the part between hyphens
  for (size_t i = 0; i <= word.size(); ++i) {
    if (i < word.size() && word[i] != '-') continue;
    const std::string_view p = word.substr(part, i - part);
    if (p.empty() || p.front() == '\'' || p.back() == '\'') return false;
    size_t upper = 0, letters = 0;
    for (size_t j = 0; j < p.size();) {
      if (const Letter letter = LetterAt(p, j); letter.length != 0) {
        ++letters;
        upper += letter.upper ? 1 : 0;
        j += letter.length;
      } else if (p[j] != '\'' || p[j - 1] == '\'') {
        return false;
      } else {
        ++j;
      }
    }
    if (upper >= 2 && upper == letters) return false;  // CAPITALS
    part = i + 1;
  }
  return true;
}

size_t WordSet::LowerFirst(std::string_view word, char* out) {
  if (word.empty() || word.size() > kMaxLength) return 0;
  const Letter first = LetterAt(word, 0);
  if (first.length == 0 || !first.upper) return 0;
  for (size_t i = first.length; i < word.size();) {
    const Letter letter = LetterAt(word, i);
    if (letter.upper) return 0;  // not Capitalized: Hunspell takes it as written
    i += letter.length != 0 ? letter.length : 1;
  }
  word.copy(out, word.size());
  if (first.length == 1) {
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  } else {  // a partner in U+00C0..U+024F: two bytes
    out[0] = static_cast<char>(0xC0 | (first.partner >> 6));
    out[1] = static_cast<char>(0x80 | (first.partner & 0x3F));
  }
  return word.size();
}

WordSet WordSet::Build(const std::vector<std::vector<std::string>>& dictionaries) {
  std::unordered_map<std::string_view, uint8_t> merged;
  for (size_t i = 0; i < dictionaries.size() && i < kMaxDictionaries; ++i) {
    for (const std::string& word : dictionaries[i]) merged[word] |= static_cast<uint8_t>(1u << i);
  }
  uint32_t slots = 16;
  while (slots < merged.size() * 2) slots *= 2;
  std::string blob;
  std::vector<uint32_t> table(size_t{slots} * 2, 0);
  for (const auto& [word, mask] : merged) {
    if (word.size() > 255) continue;  // never looked up (kMaxLength)
    const uint64_t hash = FastHash(word);
    uint32_t at = static_cast<uint32_t>(hash) & (slots - 1);
    while (table[size_t{at} * 2] != 0) at = (at + 1) & (slots - 1);
    table[size_t{at} * 2] = static_cast<uint32_t>(blob.size()) + 1;
    table[size_t{at} * 2 + 1] = static_cast<uint32_t>(hash >> 32);
    blob.push_back(static_cast<char>(mask));
    blob.push_back(static_cast<char>(word.size()));
    blob.append(word);
  }
  WordSet set;
  set.bytes_.assign(kHeader, '\0');
  std::memcpy(set.bytes_.data(), kMagic.data(), kMagic.size());
  const uint32_t blob_size = static_cast<uint32_t>(blob.size());
  const uint32_t count = static_cast<uint32_t>(merged.size());
  std::memcpy(set.bytes_.data() + kCountAt, &count, 4);
  std::memcpy(set.bytes_.data() + kSlotCountAt, &slots, 4);
  std::memcpy(set.bytes_.data() + kBlobSizeAt, &blob_size, 4);
  set.bytes_.append(reinterpret_cast<const char*>(table.data()), table.size() * 4);  // kSlotBytes a slot
  set.bytes_.append(blob);
  set.Index();
  return set;
}

bool WordSet::Index() {
  if (bytes_.size() < kHeader || bytes_.compare(0, kMagic.size(), kMagic) != 0) return false;
  uint32_t count;
  std::memcpy(&count, bytes_.data() + kCountAt, 4);
  std::memcpy(&slot_count_, bytes_.data() + kSlotCountAt, 4);
  std::memcpy(&blob_size_, bytes_.data() + kBlobSizeAt, 4);
  // Slots are checked when a look-up reads them (a few of the million), not here.
  count_ = count;
  return slot_count_ != 0 && (slot_count_ & (slot_count_ - 1)) == 0 && count_ < slot_count_ &&
         bytes_.size() == kHeader + size_t{slot_count_} * kSlotBytes + blob_size_;
}

std::optional<WordSet> WordSet::FromBytes(std::string bytes, uint64_t key) {
  WordSet set;
  set.bytes_ = std::move(bytes);
  uint64_t stored = 0;
  if (set.bytes_.size() < kHeader) return std::nullopt;
  std::memcpy(&stored, set.bytes_.data() + kKeyAt, 8);
  if (stored != key || !set.Index()) return std::nullopt;
  return set;
}

std::string WordSet::Serialize(uint64_t key) const {
  std::string out = bytes_;
  std::memcpy(out.data() + kKeyAt, &key, 8);
  return out;
}

uint32_t WordSet::Slot(uint32_t i, uint32_t* tag) const {
  uint32_t slot[2];
  std::memcpy(slot, bytes_.data() + kHeader + size_t{i} * kSlotBytes, kSlotBytes);
  *tag = slot[1];
  return slot[0];
}

uint8_t WordSet::Lookup(std::string_view word) const {
  if (count_ == 0) return 0;
  const char* blob = bytes_.data() + kHeader + size_t{slot_count_} * kSlotBytes;
  const uint64_t hash = FastHash(word);
  uint32_t at = static_cast<uint32_t>(hash) & (slot_count_ - 1);
  for (uint32_t probes = 0; probes < slot_count_; ++probes, at = (at + 1) & (slot_count_ - 1)) {
    uint32_t tag;
    const uint32_t slot = Slot(at, &tag);
    if (slot == 0) return 0;
    if (tag != static_cast<uint32_t>(hash >> 32)) continue;
    const size_t entry = slot - 1;  // mask, length, the word's bytes
    if (entry + 2 > blob_size_ || entry + 2 + static_cast<unsigned char>(blob[entry + 1]) > blob_size_) {
      return 0;  // a damaged file's slot
    }
    if (static_cast<unsigned char>(blob[entry + 1]) == word.size() &&
        std::memcmp(blob + entry + 2, word.data(), word.size()) == 0) {
      return static_cast<uint8_t>(blob[entry]);
    }
  }
  return 0;  // a damaged file without an empty slot
}

}  // namespace translint
