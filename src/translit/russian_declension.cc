#include "translit/russian_declension.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <initializer_list>
#include <optional>
#include <vector>

namespace translint {

namespace {

using icu::UnicodeString;

enum class Gender { kMasculine, kFeminine };

// How a word declines: drop `cut` letters of the nominative, then add the
// ending of the case (genitive, dative, accusative, instrumental, prepositional).
struct Paradigm {
  int cut;
  std::array<const char16_t*, 5> endings;
};

bool IsIn(char16_t c, const char16_t* set) {
  for (; *set != 0; ++set) {
    if (*set == c) return true;
  }
  return false;
}

bool IsVowel(char16_t c) { return IsIn(c, u"аеёиоуыэюя"); }
bool IsConsonant(char16_t c) { return IsIn(c, u"бвгджзклмнпрстфхцчшщ"); }

char16_t Last(const UnicodeString& w, int from_end = 0) {
  const int32_t at = w.length() - 1 - from_end;
  return at >= 0 ? w.charAt(at) : 0;
}

bool EndsWithAny(const UnicodeString& w, std::initializer_list<const char16_t*> suffixes) {
  for (const char16_t* s : suffixes) {
    if (w.endsWith(UnicodeString(s))) return true;
  }
  return false;
}

const std::initializer_list<const char16_t*> kMasculineSurname = {u"ов", u"ев", u"ёв", u"ин", u"ын"};
const std::initializer_list<const char16_t*> kFeminineSurname = {u"ова", u"ева", u"ёва", u"ина", u"ына", u"ая", u"яя"};

// Nouns, and first names and patronymics: Садыр, Сергей, Дмитрий, Игорь, Анна,
// Мария, Кемелевич; Бишкек, Москва (inanimate: the accusative is the nominative).
std::optional<Paradigm> Noun(const UnicodeString& w, Gender gender, bool animate) {
  const char16_t last = Last(w), before = Last(w, 1);
  if (last == u'а' || last == u'я') {
    if (last == u'я' && before == u'и') return Paradigm{1, {u"и", u"и", u"ю", u"ей", u"и"}};
    const bool soft = last == u'я';
    const char16_t* genitive = soft || IsIn(before, u"гкхжчшщ") ? u"и" : u"ы";
    const char16_t* instrumental = soft || IsIn(before, u"жчшщц") ? u"ей" : u"ой";
    return Paradigm{1, {genitive, u"е", soft ? u"ю" : u"у", instrumental, u"е"}};
  }
  if (gender == Gender::kFeminine) {
    if (last == u'ь') return Paradigm{1, {u"и", u"и", u"ь", u"ью", u"и"}};
    return std::nullopt;
  }
  if (last == u'й' && IsVowel(before)) {
    return Paradigm{1, {u"я", u"ю", animate ? u"я" : u"й", u"ем", before == u'и' ? u"и" : u"е"}};
  }
  if (last == u'ь') return Paradigm{1, {u"я", u"ю", animate ? u"я" : u"ь", u"ем", u"е"}};
  // Neuter places in -ье, -ие (Подмосковье, Приморье, Полесие).
  if (last == u'е' && (before == u'ь' || before == u'и') && !animate) {
    return Paradigm{1, {u"я", u"ю", u"е", u"ем", before == u'и' ? u"и" : u"е"}};
  }
  if (IsConsonant(last)) {
    return Paradigm{0, {u"а", u"у", animate ? u"а" : u"", IsIn(last, u"жчшщц") ? u"ем" : u"ом", u"е"}};
  }
  return std::nullopt;
}

std::optional<Paradigm> Surname(const UnicodeString& w, Gender gender) {
  if (gender == Gender::kFeminine) {
    if (EndsWithAny(w, {u"ова", u"ева", u"ёва", u"ина", u"ына"})) return Paradigm{1, {u"ой", u"ой", u"у", u"ой", u"ой"}};
    if (w.endsWith(UnicodeString(u"ая"))) return Paradigm{2, {u"ой", u"ой", u"ую", u"ой", u"ой"}};
    if (w.endsWith(UnicodeString(u"яя"))) return Paradigm{2, {u"ей", u"ей", u"юю", u"ей", u"ей"}};
    // Окуджава declines; a woman's surname in a consonant or ь (Кляйн, Соболь) does not.
    if (Last(w) == u'а' || Last(w) == u'я') return Noun(w, gender, true);
    return std::nullopt;
  }
  if (EndsWithAny(w, kMasculineSurname)) return Paradigm{0, {u"а", u"у", u"а", u"ым", u"е"}};
  if (EndsWithAny(w, {u"ых", u"их"})) return std::nullopt;
  // Adjectival: Навальный, Толстой, Зеленский, Горький (but Цой is a noun: Цоя).
  if (w.endsWith(UnicodeString(u"ый")) || (w.endsWith(UnicodeString(u"ой")) && w.length() >= 5)) {
    return Paradigm{2, {u"ого", u"ому", u"ого", u"ым", u"ом"}};
  }
  if (w.endsWith(UnicodeString(u"ий")) && IsIn(Last(w, 2), u"гкх")) {
    return Paradigm{2, {u"ого", u"ому", u"ого", u"им", u"ом"}};
  }
  if (w.endsWith(UnicodeString(u"ий")) && IsIn(Last(w, 2), u"жчшщ")) {
    return Paradigm{2, {u"его", u"ему", u"его", u"им", u"ем"}};
  }
  return Noun(w, gender, true);
}

// The word in case `c` under `paradigm`, endings in capitals when the word is.
UnicodeString Apply(const UnicodeString& word, const std::optional<Paradigm>& paradigm, GrammaticalCase c) {
  if (!paradigm || c == GrammaticalCase::kNominative) return word;
  UnicodeString ending(paradigm->endings[static_cast<int>(c) - 1]);
  if (word.length() > 1 && u_isupper(Last(word)) && u_isupper(Last(word, 1))) ending.toUpper();
  return UnicodeString(word, 0, word.length() - paradigm->cut) + ending;
}

UnicodeString Lower(const UnicodeString& word) {
  UnicodeString lower(word);
  return lower.toLower();
}

// Declines the last hyphen-separated part of `word` (Касым-Жомарт -> Касым-Жомарта),
// or every part when `all_parts` (Петров-Водкин -> Петрова-Водкина).
template <typename ParadigmOf>
UnicodeString DeclineWord(const UnicodeString& word, bool all_parts, GrammaticalCase c, ParadigmOf paradigm_of) {
  UnicodeString out;
  int32_t start = 0;
  while (true) {
    const int32_t hyphen = word.indexOf(u'-', start);
    const UnicodeString part(word, start, (hyphen < 0 ? word.length() : hyphen) - start);
    const bool declined = all_parts || hyphen < 0;
    out += declined && part.length() > 1 ? Apply(part, paradigm_of(Lower(part)), c) : part;
    if (hyphen < 0) return out;
    out += u'-';
    start = hyphen + 1;
  }
}

std::vector<UnicodeString> Words(std::string_view text) {
  const UnicodeString u = UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::vector<UnicodeString> words;
  int32_t start = 0;
  while (start <= u.length()) {
    int32_t space = u.indexOf(u' ', start);
    if (space < 0) space = u.length();
    if (space > start) words.emplace_back(u, start, space - start);
    start = space + 1;
  }
  return words;
}

std::string Join(const std::vector<UnicodeString>& words) {
  UnicodeString joined;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) joined += u' ';
    joined += words[i];
  }
  std::string out;
  joined.toUTF8String(out);
  return out;
}

// First names whose gender or stem the ending does not tell.
bool FeminineInSoftSign(const UnicodeString& first) {
  for (const char16_t* name : {u"любовь", u"нинель", u"айгуль", u"асель", u"гузель", u"адель"}) {
    if (first == UnicodeString(name)) return true;
  }
  return false;
}

// Лев -> Льва, Павел -> Павла, Пётр -> Петра: the stem the endings attach to.
UnicodeString StemOfFirstName(const UnicodeString& word) {
  static const std::array<std::pair<const char16_t*, const char16_t*>, 4> kFleeting = {
      {{u"Лев", u"Льв"}, {u"Павел", u"Павл"}, {u"Пётр", u"Петр"}, {u"Петр", u"Петр"}}};
  for (const auto& [name, stem] : kFleeting) {
    if (word == UnicodeString(name)) return UnicodeString(stem);
  }
  return word;
}

Gender PersonGender(const std::vector<UnicodeString>& words) {
  const UnicodeString surname = Lower(words.back());
  if (EndsWithAny(surname, kFeminineSurname)) return Gender::kFeminine;
  const UnicodeString first = Lower(words.front());
  if (words.size() > 1 && FeminineInSoftSign(first)) return Gender::kFeminine;
  const char16_t first_last = Last(first);
  const bool feminine_first = words.size() > 1 && (first_last == u'а' || first_last == u'я');
  const bool masculine_surname = EndsWithAny(surname, kMasculineSurname) || EndsWithAny(surname, {u"ий", u"ый", u"ой"});
  return feminine_first && !masculine_surname ? Gender::kFeminine : Gender::kMasculine;
}

// A place's noun in -ь: masculine in -ль (Ставрополь, Кремль), else feminine
// (Беларусь, Казань, Тверь); other nouns take their gender from their ending.
Gender PlaceGender(const UnicodeString& noun) {
  return Last(noun) == u'ь' && Last(noun, 1) != u'л' ? Gender::kFeminine : Gender::kMasculine;
}

// The adjective of a two-word place (Северная Осетия, Приморский край, Верхнее
// Поволжье; inanimate) and the gender its noun has.
std::optional<std::pair<Paradigm, Gender>> PlaceAdjective(const UnicodeString& w) {
  if (w.endsWith(UnicodeString(u"ая"))) return std::pair{Paradigm{2, {u"ой", u"ой", u"ую", u"ой", u"ой"}}, Gender::kFeminine};
  if (w.endsWith(UnicodeString(u"яя"))) return std::pair{Paradigm{2, {u"ей", u"ей", u"юю", u"ей", u"ей"}}, Gender::kFeminine};
  const bool soft = IsIn(Last(w, 2), u"жчшщ") || w.endsWith(UnicodeString(u"ний")) || w.endsWith(UnicodeString(u"нее"));
  if (w.endsWith(UnicodeString(u"ый")) || w.endsWith(UnicodeString(u"ой")) || w.endsWith(UnicodeString(u"ий"))) {
    const char16_t* instrumental = Last(w, 1) == u'ы' || Last(w, 1) == u'о' ? u"ым" : u"им";
    return std::pair{Paradigm{2, {soft ? u"его" : u"ого", soft ? u"ему" : u"ому", Last(w, 1) == u'о' ? u"ой" : (Last(w, 1) == u'ы' ? u"ый" : u"ий"),
                                  instrumental, soft ? u"ем" : u"ом"}},
                     Gender::kMasculine};
  }
  if (w.endsWith(UnicodeString(u"ое")) || w.endsWith(UnicodeString(u"ее"))) {
    return std::pair{Paradigm{2, {soft ? u"его" : u"ого", soft ? u"ему" : u"ому", soft ? u"ее" : u"ое",
                                  soft ? u"им" : u"ым", soft ? u"ем" : u"ом"}},
                     Gender::kMasculine};
  }
  return std::nullopt;
}

}  // namespace

bool InRussianLetters(std::string_view text) {
  static const UnicodeString kRussian = UnicodeString::fromUTF8(
      "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ");
  const UnicodeString u = UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  bool russian = false;
  for (int32_t i = 0; i < u.length(); ++i) {
    if (!u_isalpha(u.charAt(i))) continue;
    if (kRussian.indexOf(u.charAt(i)) < 0) return false;
    russian = true;
  }
  return russian;
}

std::string DeclinePerson(std::string_view name, GrammaticalCase c) {
  if (!InRussianLetters(name)) return std::string(name);
  std::vector<UnicodeString> words = Words(name);
  if (words.empty()) return std::string(name);
  const Gender gender = PersonGender(words);
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const UnicodeString word = c == GrammaticalCase::kNominative ? words[i] : StemOfFirstName(words[i]);
    words[i] = DeclineWord(word, false, c, [&](const UnicodeString& w) { return Noun(w, gender, true); });
  }
  words.back() = DeclineWord(words.back(), true, c, [&](const UnicodeString& w) { return Surname(w, gender); });
  return Join(words);
}

std::string DeclineOther(std::string_view name, GrammaticalCase c) {
  if (!InRussianLetters(name)) return std::string(name);
  std::vector<UnicodeString> words = Words(name);
  if (words.empty() || words.size() > 2) return std::string(name);
  const std::optional<std::pair<Paradigm, Gender>> adjective =
      words.size() == 2 ? PlaceAdjective(Lower(words[0])) : std::nullopt;
  if (words.size() == 2 && !adjective) return std::string(name);
  const Gender gender = adjective ? adjective->second : PlaceGender(Lower(words.back()));
  if (adjective) words[0] = DeclineWord(words[0], false, c, [&](const UnicodeString&) { return adjective->first; });
  words.back() = DeclineWord(words.back(), false, c, [&](const UnicodeString& w) { return Noun(w, gender, false); });
  return Join(words);
}

}  // namespace translint
