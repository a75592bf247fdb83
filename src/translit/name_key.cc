#include "translit/name_key.h"

#include <algorithm>
#include <array>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/utf8.h"

namespace translint {

namespace {

// One bit per sound. Vowels first.
enum Sound : uint32_t {
  kA = 1u << 0, kE = 1u << 1, kO = 1u << 2, kU = 1u << 3, kI = 1u << 4,
  kB = 1u << 5, kV = 1u << 6, kF = 1u << 7, kG = 1u << 8, kH = 1u << 9,
  kD = 1u << 10, kZh = 1u << 11, kZ = 1u << 12, kK = 1u << 13, kL = 1u << 14,
  kM = 1u << 15, kN = 1u << 16, kP = 1u << 17, kR = 1u << 18, kS = 1u << 19,
  kT = 1u << 20, kTs = 1u << 21, kCh = 1u << 22, kSh = 1u << 23,
};
constexpr uint32_t kVowels = kA | kE | kO | kU | kI;
constexpr int kSoundCount = 24;
// Per sound: its Latin label and its level-1 class ('\0' for vowels).
constexpr std::array<const char*, kSoundCount> kLabels = {
    "a", "e", "o", "u", "i", "b", "v", "f", "g", "kh", "d", "zh",
    "z", "k", "l", "m", "n", "p", "r", "s", "t", "ts", "ch", "sh"};
constexpr std::array<char, kSoundCount> kClasses = {
    0, 0, 0, 0, 0, 'B', 'V', 'V', 'G', 'G', 'D', 'J',
    'S', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'C', 'C', 'J'};

bool IsVowel(uint32_t phoneme) { return (phoneme & ~kVowels) == 0; }

char ClassOf(uint32_t phoneme) {
  for (int bit = 0; bit < kSoundCount; ++bit) {
    if (phoneme & (1u << bit)) return kClasses[bit];
  }
  return 0;
}

// Reading languages as bits, for the rule table.
enum Reading : uint8_t { kEn = 1, kDe = 2, kFr = 4, kAll = 7 };
enum class When : uint8_t {
  kAlways, kAtEnd, kBeforeFrontVowel, kNotBeforeFrontVowel, kBeforeTOrP,
  kAfterVowelNotBeforeVowel,  // Sarah, Lehmann: a lengthening or final h
};

// Up to two phonemes; {} is nothing, {kSilent} letters that are not pronounced.
using Sounds = std::array<uint32_t, 2>;
constexpr uint32_t kSilent = 1u << 31;

struct Rule {
  std::string_view latin;  // lower-case ASCII, or a placeholder (upper case) for a special letter
  uint8_t readings;
  Sounds sounds;  // second is 0 for one phoneme
  When when = When::kAlways;
  // Other sounds the letters may stand for, each a further reading: English "j"
  // is ж (Japarov) or й (Sergej); names of every origin reach the press, so
  // English "h" may be silent (Rexha / Рекса) and "w" a vowel (William / Уильям).
  std::array<Sounds, 2> alternatives = {};
};

// Upper-case placeholders stand for letters with diacritics that name one sound:
// S = š ş ș, Z = ž, C = č ć (ç outside French), W = ŝ, E = ë, A = ä ә, U = ü ū.
// Longest rules are tried first (sorted at first use).
constexpr Rule kRules[] = {
    {"shch", kAll, {kSh, kCh}}, {"shh", kAll, {kSh, kCh}},   {"tsch", kAll, {kCh, 0}},
    {"chr", kEn, {kK, kR}},
    {"dsch", kDe, {kZh, 0}},    {"sch", kAll, {kZh | kSh, 0}}, {"dzh", kAll, {kZh, 0}},
    {"dZ", kAll, {kZh, 0}},     {"tch", kEn | kFr, {kCh, 0}}, {"dj", kEn | kFr, {kZh, 0}},
    {"zh", kAll, {kZh, 0}},
    {"sh", kEn, {kSh, 0}, When::kBeforeFrontVowel, {Sounds{kS, 0}}},  // Japanese shi: Shibata / Сибата
    {"sh", kAll, {kSh, 0}},
    {"ch", kEn, {kCh, 0}, When::kBeforeFrontVowel, {Sounds{kH, 0}, Sounds{kT, 0}}},  // chi: Machida / Мати́да
    {"ch", kEn, {kCh, 0}, When::kAlways, {Sounds{kH, 0}}},
    {"ch", kDe, {kH, 0}},
    {"ch", kFr, {kSh, 0}},      {"kh", kAll, {kH, 0}},       {"gh", kAll, {kG, 0}},
    {"ts", kAll, {kTs, 0}},     {"tz", kAll, {kTs, 0}},      {"ck", kAll, {kK, 0}},
    {"ph", kAll, {kF, 0}},      {"th", kAll, {kT, 0}},       {"ou", kFr, {kU, 0}},
    {"gu", kFr, {kG, 0}, When::kBeforeFrontVowel},          {"ff", kAll, {kV | kF, 0}, When::kAtEnd},
    {"x", kAll, {kK, kS}},
    {"j", kEn, {kZh, 0}, When::kAlways, {Sounds{kI, 0}, Sounds{kD, kZ}}},  // Japanese ji: Jun / Дзюн
    {"j", kFr, {kZh, 0}},       {"j", kDe, {kI, 0}},         {"sz", kAll, {kSh, 0}},
    {"cz", kAll, {kCh, 0}},
    {"z", kEn, {kZ | kS, 0}, When::kAlways, {Sounds{kD, kZ}}},  // Japanese z: Kazuo / Кадзуо
    {"z", kFr, {kZ | kS, 0}},
    {"z", kDe, {kTs, 0}},
    {"s", kDe, {kS | kZ, 0}, When::kBeforeTOrP, {Sounds{kSh, 0}}},  // Stumpf / Штумпф
    {"s", kAll, {kS | kZ, 0}},
    {"c", kAll, {kTs, 0}, When::kBeforeFrontVowel, {Sounds{kS, 0}, Sounds{kCh, 0}}},  // Italian: Cesare / Чезаре
    {"c", kAll, {kK, 0}, When::kNotBeforeFrontVowel, {Sounds{kTs, 0}}},
    {"w", kEn, {kV, 0}, When::kAlways, {Sounds{kU, 0}}},  // William / Уильям
    {"w", kAll, {kV, 0}},
    {"g", kAll, {kG, 0}, When::kBeforeFrontVowel, {Sounds{kZh, 0}}},  // George / Джордж
    // h is silent in French (Hugo / Уго), after a vowel in German (Lehmann /
    // Леман) and at the end in English (Sarah / Сара); Ukrainian and Belarusian
    // h is г, so it is never silent between vowels (Halyna is not Alina).
    {"h", kFr, {kH | kG, 0}, When::kAlways, {Sounds{kSilent, 0}}},
    {"h", kDe | kEn, {kH | kG, 0}, When::kAfterVowelNotBeforeVowel, {Sounds{kSilent, 0}}},
    {"h", kAll, {kH | kG, 0}},
    {"v", kAll, {kV, 0}},       {"f", kAll, {kF, 0}},
    {"q", kAll, {kK, 0}},       {"k", kAll, {kK, 0}},        {"g", kAll, {kG, 0}},
    {"b", kAll, {kB, 0}},       {"d", kAll, {kD, 0}},        {"l", kAll, {kL, 0}},
    {"m", kAll, {kM, 0}},       {"n", kAll, {kN, 0}},        {"p", kAll, {kP, 0}},
    {"r", kAll, {kR, 0}},       {"t", kAll, {kT, 0}},        {"a", kAll, {kA, 0}},
    {"e", kAll, {kE, 0}},       {"o", kAll, {kO, 0}},        {"u", kAll, {kU, 0}},
    {"i", kAll, {kI, 0}},       {"y", kAll, {kI, 0}},        {"S", kAll, {kSh, 0}},
    {"Z", kAll, {kZh, 0}},      {"C", kAll, {kCh, 0}},       {"W", kAll, {kSh, kCh}},
    {"E", kAll, {kE | kO, 0}},  {"A", kAll, {kA | kE, 0}},   {"U", kAll, {kU, 0}},
};

// The rules by their first letter, longest first.
const std::vector<const Rule*>& RulesStartingWith(char c) {
  static const std::array<std::vector<const Rule*>, 128> by_letter = [] {
    std::array<std::vector<const Rule*>, 128> r;
    for (const Rule& rule : kRules) r[static_cast<unsigned char>(rule.latin[0])].push_back(&rule);
    for (auto& rules : r) {
      std::stable_sort(rules.begin(), rules.end(),
                       [](const Rule* a, const Rule* b) { return a->latin.size() > b->latin.size(); });
    }
    return r;
  }();
  return by_letter[static_cast<unsigned char>(c) & 0x7F];
}

uint8_t ReadingOf(std::string_view language) {
  if (language == "de") return kDe;
  if (language == "fr") return kFr;
  return kEn;
}

// Cyrillic letters (lower case) and their sounds; soft and hard signs are silent.
struct CyrillicLetter {
  char32_t letter;
  std::array<uint32_t, 2> sounds;
};
constexpr CyrillicLetter kCyrillic[] = {
    {U'а', {kA, 0}},  {U'б', {kB, 0}},  {U'в', {kV, 0}},       {U'г', {kG, 0}},  {U'д', {kD, 0}},
    {U'е', {kE, 0}},  {U'ё', {kE | kO, 0}}, {U'ж', {kZh, 0}},  {U'з', {kZ, 0}},  {U'и', {kI, 0}},
    {U'й', {kI, 0}},  {U'к', {kK, 0}},  {U'л', {kL, 0}},       {U'м', {kM, 0}},  {U'н', {kN, 0}},
    {U'о', {kO, 0}},  {U'п', {kP, 0}},  {U'р', {kR, 0}},       {U'с', {kS, 0}},  {U'т', {kT, 0}},
    {U'у', {kU, 0}},  {U'ф', {kF, 0}},  {U'х', {kH, 0}},       {U'ц', {kTs, 0}}, {U'ч', {kCh, 0}},
    {U'ш', {kSh, 0}}, {U'щ', {kSh, kCh}}, {U'ъ', {0, 0}},      {U'ы', {kI, 0}},  {U'ь', {0, 0}},
    {U'э', {kE, 0}},  {U'ю', {kI, kU}}, {U'я', {kI, kA}},      {U'є', {kI, kE}}, {U'і', {kI, 0}},
    {U'ї', {kI, 0}},  {U'ґ', {kG, 0}},  {U'ў', {kV | kU, 0}},  {U'қ', {kK, 0}},  {U'ғ', {kG, 0}},
    {U'ң', {kN, 0}},  {U'ү', {kU, 0}},  {U'ұ', {kU, 0}},       {U'ө', {kO, 0}},  {U'һ', {kH, 0}},
    {U'ә', {kA | kE, 0}}, {U'ҳ', {kH, 0}}, {U'ҷ', {kZh, 0}},   {U'ӯ', {kU, 0}},  {U'ӣ', {kI, 0}},
    {U'җ', {kZh, 0}},
};

bool IsCyrillic(UChar32 c) { return c >= 0x400 && c <= 0x52F; }
bool IsApostropheOrHyphen(UChar32 c) {
  return c == '\'' || c == '-' || c == 0x2019 || c == 0x2018 || c == 0x02B9 || c == 0x02BC || c == 0x02BB ||
         c == 0x00B4 || c == '`' || c == 0x2010 || c == 0x2011 || c == 0x00B7;
}

// Appends the letters a Latin code point (already lower case) reads as; false
// for anything that cannot be part of a name.
bool FoldLatin(UChar32 c, uint8_t reading, std::string* out) {
  if (c >= 'a' && c <= 'z') {
    *out += static_cast<char>(c);
    return true;
  }
  switch (c) {
    case 0x161: case 0x15F: case 0x219: *out += 'S'; return true;  // š ş ș
    case 0x17E: *out += 'Z'; return true;                          // ž
    case 0x10D: case 0x107: *out += 'C'; return true;              // č ć
    case 0xE7: *out += reading == kFr ? 's' : 'C'; return true;    // ç
    case 0x15D: *out += 'W'; return true;                          // ŝ
    case 0xEB: *out += 'E'; return true;                           // ë
    case 0xE4: case 0x4D9: *out += 'A'; return true;               // ä ә (Latin schwa is 0x259)
    case 0x259: *out += 'A'; return true;
    case 0xFC: case 0x16B: *out += 'U'; return true;               // ü ū
    case 0xF6: *out += 'o'; return true;                           // ö
    case 0x131: *out += 'i'; return true;                          // dotless ı
    case 0xDF: *out += "ss"; return true;                          // ß
    case 0x111: *out += 'd'; return true;                          // đ
    case 0x142: *out += 'l'; return true;                          // ł
    default: break;
  }
  // Any other accented Latin letter reads as its base letter (é -> e, ï -> i).
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposition;
  if (U_FAILURE(status) || !nfd->getDecomposition(c, decomposition)) return false;
  const UChar32 base = decomposition.char32At(0);
  if (base < 'a' || base > 'z') return false;
  *out += static_cast<char>(base);
  return true;
}

bool IsFrontVowel(char c) { return c == 'e' || c == 'i' || c == 'y' || c == 'E'; }
bool IsLatinVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'E' || c == 'A' || c == 'U';
}

bool RuleApplies(const Rule& rule, const std::string& letters, size_t pos, uint8_t reading) {
  if (!(rule.readings & reading) || letters.compare(pos, rule.latin.size(), rule.latin) != 0) return false;
  const size_t next = pos + rule.latin.size();
  switch (rule.when) {
    case When::kAlways: return true;
    case When::kAtEnd: return next == letters.size();
    case When::kBeforeFrontVowel: return next < letters.size() && IsFrontVowel(letters[next]);
    case When::kNotBeforeFrontVowel: return next >= letters.size() || !IsFrontVowel(letters[next]);
    case When::kBeforeTOrP: return next < letters.size() && (letters[next] == 't' || letters[next] == 'p');
    case When::kAfterVowelNotBeforeVowel:
      return pos > 0 && IsLatinVowel(letters[pos - 1]) && (next == letters.size() || !IsLatinVowel(letters[next])) &&
             (reading == kDe || next == letters.size());
  }
  return false;
}

void Push(const Sounds& sounds, std::vector<uint32_t>* phonemes) {
  for (uint32_t s : sounds) {
    if (s != 0 && s != kSilent) phonemes->push_back(s);
  }
}

constexpr size_t kMaxReadings = 8;

// Reads `letters` by the longest rule at each position; each alternative of a
// rule forks the readings so far (at most kMaxReadings in all).
bool ReadLatin(const std::string& letters, uint8_t reading, std::vector<std::vector<uint32_t>>* readings) {
  readings->assign(1, {});
  for (size_t pos = 0; pos < letters.size();) {
    const Rule* match = nullptr;
    for (const Rule* rule : RulesStartingWith(letters[pos])) {
      if (RuleApplies(*rule, letters, pos, reading)) {
        match = rule;
        break;
      }
    }
    if (match == nullptr) return false;
    const size_t count = readings->size();
    for (const Sounds& alternative : match->alternatives) {
      if (alternative[0] == 0 || readings->size() + count > kMaxReadings) continue;
      for (size_t i = 0; i < count; ++i) {
        readings->push_back((*readings)[i]);
        Push(alternative, &readings->back());
      }
    }
    for (size_t i = 0; i < count; ++i) Push(match->sounds, &(*readings)[i]);
    pos += match->latin.size();
  }
  return true;
}

bool ReadCyrillicLetter(UChar32 c, std::vector<uint32_t>* phonemes) {
  for (const CyrillicLetter& letter : kCyrillic) {
    if (static_cast<UChar32>(letter.letter) == c) {
      Push(letter.sounds, phonemes);
      return true;
    }
  }
  return false;
}

// Merges repeated sounds, then drops iotation (an и/й sound before another
// vowel: ya -> a, iya -> a), then merges what became neighbours.
std::vector<uint32_t> Simplify(const std::vector<uint32_t>& raw) {
  auto merge = [](const std::vector<uint32_t>& in) {
    std::vector<uint32_t> out;
    for (uint32_t p : in) {
      if (out.empty() || out.back() != p) out.push_back(p);
    }
    return out;
  };
  const std::vector<uint32_t> merged = merge(raw);
  std::vector<uint32_t> out;
  for (size_t i = 0; i < merged.size(); ++i) {
    if (merged[i] == kI && i + 1 < merged.size() && IsVowel(merged[i + 1])) continue;
    out.push_back(merged[i]);
  }
  return merge(out);
}

bool EndsWith(const std::vector<uint32_t>& p, std::initializer_list<uint32_t> tail) {
  if (p.size() < tail.size()) return false;
  size_t i = p.size() - tail.size();
  for (uint32_t t : tail) {
    if (!(p[i++] & t)) return false;
  }
  return true;
}

bool EndsInA(const std::vector<uint32_t>& p) { return !p.empty() && IsVowel(p.back()) && (p.back() & kA); }

// Edit distance where consonants must agree (sets intersect) and each vowel
// substitution, insertion or deletion costs 1; stops early past `budget`.
int VowelDistance(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, int budget) {
  constexpr int kInf = 1 << 20;
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  prev[0] = 0;
  for (size_t j = 1; j <= b.size(); ++j) prev[j] = IsVowel(b[j - 1]) ? prev[j - 1] + 1 : kInf;
  for (size_t i = 1; i <= a.size(); ++i) {
    const bool a_vowel = IsVowel(a[i - 1]);
    cur[0] = a_vowel ? std::min(prev[0] + 1, kInf) : kInf;
    int row_min = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const bool b_vowel = IsVowel(b[j - 1]);
      int best = kInf;
      if (a[i - 1] & b[j - 1]) best = prev[j - 1];
      else if (a_vowel && b_vowel) best = prev[j - 1] + 1;
      if (a_vowel) best = std::min(best, prev[j] + 1);
      if (b_vowel) best = std::min(best, cur[j - 1] + 1);
      cur[j] = std::min(best, kInf);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > budget) return row_min;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

NameKey ReadName(std::string_view token, std::string_view language) {
  const uint8_t reading = ReadingOf(language);
  std::string letters;
  std::vector<std::vector<uint32_t>> raw(1);
  bool latin = false, cyrillic = false;
  for (size_t pos = 0; pos < token.size();) {
    size_t length = 0;
    const UChar32 c = u_tolower(DecodeUtf8(token, pos, &length));
    pos += length;
    if (c < 0) return {};
    // Apostrophes, hyphens and combining marks (ALA-LC's tie bar in i͡a) are not sounds.
    if (IsApostropheOrHyphen(c) || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (IsCyrillic(c)) {
      cyrillic = true;
      if (!ReadCyrillicLetter(c, &raw[0])) return {};
      std::vector<uint32_t>& sounds = raw[0];
      // дж is one sound, as its romanizations j, dzh, dj, dž say.
      if (sounds.size() >= 2 && sounds.back() == kZh && sounds[sounds.size() - 2] == kD) sounds.erase(sounds.end() - 2);
    } else {
      latin = true;
      if (!FoldLatin(c, reading, &letters)) return {};
    }
  }
  if (latin == cyrillic) return {};  // empty, or mixed scripts (homoglyphs are another check's business)
  if (latin) {
    // French writes a silent final e after a consonant (Poutine, Prigojine).
    if (reading == kFr && letters.size() > 3 && letters.back() == 'e' && !IsLatinVowel(letters[letters.size() - 2])) {
      letters.pop_back();
    }
    if (!ReadLatin(letters, reading, &raw)) return {};
  }
  NameKey key;
  for (const std::vector<uint32_t>& sounds : raw) {
    NameReading r;
    r.alternative = &sounds != &raw.front();
    r.phonemes = Simplify(sounds);
    for (uint32_t p : r.phonemes) {
      const char c = ClassOf(p);
      if (c != 0 && (r.candidate.empty() || r.candidate.back() != c)) r.candidate += c;
    }
    if (!r.candidate.empty()) key.readings.push_back(std::move(r));
  }
  if (key.empty()) return {};
  const std::vector<uint32_t>& p = key.readings.front().phonemes;
  key.patronymic = EndsWith(p, {kV, kI, kCh}) || EndsWith(p, {kV, kN, kA}) || EndsWith(p, {kV, kI, kCh, kI}) ||
                   EndsWith(p, {kI, kCh, kN, kA});
  return key;
}

std::vector<std::string> NameKey::Candidates() const {
  std::vector<std::string> out;
  for (const NameReading& r : readings) {
    if (std::find(out.begin(), out.end(), r.candidate) == out.end()) out.push_back(r.candidate);
  }
  return out;
}

namespace {

// Below kShortName phonemes no vowel may differ; from kLongName on, two may.
constexpr size_t kShortName = 5;
constexpr size_t kLongName = 9;

bool SameReading(const NameReading& a, const NameReading& b) {
  if (a.candidate != b.candidate || EndsInA(a.phonemes) != EndsInA(b.phonemes)) return false;
  // An ending vowel against none is a different word form: Khabarovsk /
  // Khabarovsky (place / adjective), Pantsir / Pantsiry (singular / plural).
  if (IsVowel(a.phonemes.back()) != IsVowel(b.phonemes.back())) return false;
  // The first sound is the most stable part of a name (Iryna is not Arina).
  if (!(a.phonemes.front() & b.phonemes.front())) return false;
  // Short names differ by one vowel too often (Masha / Misha, Lena / Lina).
  const size_t shorter = std::min(a.phonemes.size(), b.phonemes.size());
  int budget = shorter >= kLongName ? 2 : shorter >= kShortName ? 1 : 0;
  // A less likely reading must agree more closely.
  if (a.alternative || b.alternative) budget = std::max(budget - 1, 0);
  return VowelDistance(a.phonemes, b.phonemes, budget) <= budget;
}

}  // namespace

bool SameName(const NameKey& a, const NameKey& b) {
  if (a.empty() || b.empty() || a.patronymic != b.patronymic) return false;
  for (const NameReading& x : a.readings) {
    for (const NameReading& y : b.readings) {
      if (SameReading(x, y)) return true;
    }
  }
  return false;
}

bool SameSounds(const NameKey& a, const NameKey& b) {
  if (a.empty() || b.empty() || a.patronymic != b.patronymic) return false;
  for (const NameReading& x : a.readings) {
    for (const NameReading& y : b.readings) {
      if (x.phonemes.size() != y.phonemes.size()) continue;
      bool same = true;
      for (size_t i = 0; i < x.phonemes.size() && same; ++i) same = (x.phonemes[i] & y.phonemes[i]) != 0;
      if (same) return true;
    }
  }
  return false;
}

bool SameFullName(const std::vector<NameKey>& a, const std::vector<NameKey>& b) {
  if (a.empty() || b.empty()) return false;
  if (a.size() < 2 || b.size() < 2) return SameName(a.back(), b.back());
  return SameFullName(a.front(), a.back(), b.front(), b.back());
}

bool SameFullName(const NameKey& given_a, const NameKey& surname_a, const NameKey& given_b, const NameKey& surname_b) {
  if (!SameName(surname_a, surname_b)) return false;
  const bool initial = given_a.empty() || given_b.empty() || given_a.readings[0].phonemes.size() <= 1 ||
                       given_b.readings[0].phonemes.size() <= 1;
  return initial || SameName(given_a, given_b);
}

std::string DescribePhonemes(const NameKey& key) {
  std::string out;
  if (key.empty()) return out;
  for (uint32_t p : key.readings.front().phonemes) {
    if (!out.empty()) out += '.';
    bool first = true;
    for (int bit = 0; bit < kSoundCount; ++bit) {
      if (!(p & (1u << bit))) continue;
      if (!first) out += '|';
      out += kLabels[bit];
      first = false;
    }
  }
  return out;
}

}  // namespace translint
