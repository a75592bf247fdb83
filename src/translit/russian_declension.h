// Russian declension of names: the case forms under which a name written in
// Russian letters appears in Russian text (Жапаров -> Жапарова, Жапарову,
// Жапаровым, Жапарове).
//
// Rules, not a dictionary: a person's name is declined word by word as Russian
// declines personal names. The surname decides the gender (-ова, -ина, -ская:
// feminine; also a first name in -а/-я with a surname that is not a masculine
// -ов/-ин/-ский); surnames in -ов/-ев/-ин/-ын and adjectival ones (-ский, -ый,
// -ой) take their own endings; other words follow the nouns (Садыр -> Садыра,
// Сергей -> Сергея, Анна -> Анны, Мария -> Марии, Игорь -> Игоря; a short list
// knows Лев -> Льва, Павел -> Павла and feminine first names in -ь). What Russian
// does not decline stays as it is: words in -о, -е, -и, -у, -ы, -ых, -их (Шойгу,
// Кличко, Алматы), a woman's surname in a consonant or -ь, the first parts of a
// hyphenated first name (Касым-Жомарта). Stress is not known, so the
// instrumental after ж ч ш щ ц is the unstressed -ем / -ей (Кемелевичем).
// A place or organisation is declined when it is one word (Бишкек -> Бишкеке,
// Москва -> Москвы, Подмосковье -> Подмосковья; a noun in -ь is masculine in
// -ль, Ставрополя, else feminine, Беларуси, Казани) or an adjective and a noun
// (Северная Осетия -> Северной Осетии, Приморский край -> Приморского края).
// Pure functions; input that is not all Russian letters comes back unchanged.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace translint {

enum class GrammaticalCase : uint8_t { kNominative, kGenitive, kDative, kAccusative, kInstrumental, kPrepositional };

inline constexpr std::array<GrammaticalCase, 5> kObliqueCases = {
    GrammaticalCase::kGenitive, GrammaticalCase::kDative, GrammaticalCase::kAccusative,
    GrammaticalCase::kInstrumental, GrammaticalCase::kPrepositional};

// A person's name ("Садыр Жапаров", "Касым-Жомарт Кемелевич Токаев") in case `c`.
std::string DeclinePerson(std::string_view name, GrammaticalCase c);

// A place's or organisation's name in case `c`: one word, or an adjective and a noun, declines; more stay.
std::string DeclineOther(std::string_view name, GrammaticalCase c);

// True when every letter of `text` is one of the Russian alphabet, and there is one.
bool InRussianLetters(std::string_view text);

}  // namespace translint
