// NameKey: the two-level matching key that tells whether two spellings are very
// likely one name (Sergei / Sergey, Zhaparov / Japarov / Dschaparow) although no
// rule table lists them.
//
// ReadName() reads one name token the way a reader of `language` ("en", "de",
// "fr"; anything else reads as "en") would pronounce it, as a sequence of
// phonemes, each a set of the Cyrillic sounds the letters can stand for: "ch" is
// ч in English, х in German, ш in French; "j" is ж in English and French but й in
// German; German "z" is ц. Cyrillic tokens are read letter by letter, so a
// Cyrillic original and its romanizations share keys. Iotation is dropped
// (я = ya = ja = ia -> a), repeated sounds are one, apostrophes and hyphens are
// ignored.
//
// Level 1, the candidate key: coarse consonant classes with vowels dropped
// ("Zhaparov", "Japarov", "Dschaparow" -> "JPRV"); spellings that may be one
// name share it, so it is the hash key for grouping. Level 2, SameName(): the
// decision, on the phoneme sequences: consonants must agree one to one, at most
// one vowel may differ (none in short names), and guards keep apart feminine
// and masculine forms (Ivanov / Ivanova), patronymics and surnames (Ivanovich /
// Ivanov), and different consonants of one class (Shaparov / Zhaparov).
// Cross-language equivalents (Oleksii / Aleksei) and distinct brands
// (Azattyk / Azattyq) are facts for rule tables, not for this key.
//
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace translint {

// One way of reading a token: ambiguous letters (English "j" is ж in Japarov and
// й in Sergej; "ch" is ч in Chekhov and х in Michail) give several readings, and
// so do names of other origins as the Russian press writes them (Shibata /
// Сибата, William / Уильям, Lehmann / Леман in German, Hugo / Уго in French).
struct NameReading {
  std::string candidate;           // level 1
  std::vector<uint32_t> phonemes;  // level 2: one bit set of sounds per phoneme
  bool alternative = false;        // not the first reading: it tolerates fewer vowel differences
};

struct NameKey {
  std::vector<NameReading> readings;  // none when the token is not a readable name; the likeliest first
  bool patronymic = false;            // ends like a patronymic (-ovich, -ovna, -ich)

  bool empty() const { return readings.empty(); }
  const std::string& candidate() const { return readings.front().candidate; }
  // Every distinct level-1 key of the readings: a token is grouped under each.
  std::vector<std::string> Candidates() const;
};

NameKey ReadName(std::string_view token, std::string_view language);

// The decision: true when `a` and `b` are very likely spellings of one name.
bool SameName(const NameKey& a, const NameKey& b);

// Stricter than SameName(): some readings of the two sound alike phoneme for
// phoneme, with no vowel edit (Japaroff / Japarov, Tokaev / Tokayev; not
// Zelinsky / Zelensky, which may be two names).
bool SameSounds(const NameKey& a, const NameKey& b);

// Multi-word names (given names, then the surname): the last words must be the
// same name and, when both names have a first word that is not an initial, the
// first words too ("Sadyr Japarov" is not "Akylbek Japarov").
bool SameFullName(const std::vector<NameKey>& a, const std::vector<NameKey>& b);
// The same for two names of a given name and a surname each.
bool SameFullName(const NameKey& given_a, const NameKey& surname_a, const NameKey& given_b, const NameKey& surname_b);

// The phonemes of the first reading written back in Latin for people and tests
// ("zh.a.p.a.r.o.v"); a phoneme with several possible sounds prints them joined by '|'.
std::string DescribePhonemes(const NameKey& key);

}  // namespace translint
