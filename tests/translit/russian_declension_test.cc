// Tests for the Russian declension of names. Every expected form was checked by
// hand against Russian grammar (and, for the people, Russian news usage).
#include "translit/russian_declension.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace translint {

namespace {

using C = GrammaticalCase;

// The genitive, dative, accusative, instrumental and prepositional forms.
std::vector<std::string> Person(const std::string& name) {
  std::vector<std::string> out;
  for (GrammaticalCase c : kObliqueCases) out.push_back(DeclinePerson(name, c));
  return out;
}

std::vector<std::string> Other(const std::string& name) {
  std::vector<std::string> out;
  for (GrammaticalCase c : kObliqueCases) out.push_back(DeclineOther(name, c));
  return out;
}

using Forms = std::vector<std::string>;

}  // namespace

TEST_CASE("Men's names decline as Russian declines them", "[translit]") {
  CHECK(Person("Садыр Жапаров") ==
        Forms{"Садыра Жапарова", "Садыру Жапарову", "Садыра Жапарова", "Садыром Жапаровым", "Садыре Жапарове"});
  CHECK(Person("Сергей Фургал") ==
        Forms{"Сергея Фургала", "Сергею Фургалу", "Сергея Фургала", "Сергеем Фургалом", "Сергее Фургале"});
  CHECK(Person("Дмитрий Песков") ==
        Forms{"Дмитрия Пескова", "Дмитрию Пескову", "Дмитрия Пескова", "Дмитрием Песковым", "Дмитрии Пескове"});
  CHECK(Person("Алексей Навальный") == Forms{"Алексея Навального", "Алексею Навальному", "Алексея Навального",
                                             "Алексеем Навальным", "Алексее Навальном"});
  CHECK(Person("Владимир Зеленский") == Forms{"Владимира Зеленского", "Владимиру Зеленскому", "Владимира Зеленского",
                                              "Владимиром Зеленским", "Владимире Зеленском"});
  CHECK(Person("Игорь Стрелков") ==
        Forms{"Игоря Стрелкова", "Игорю Стрелкову", "Игоря Стрелкова", "Игорем Стрелковым", "Игоре Стрелкове"});
  CHECK(Person("Владимир Путин") ==
        Forms{"Владимира Путина", "Владимиру Путину", "Владимира Путина", "Владимиром Путиным", "Владимире Путине"});
  // Shoigu and Lukashenko do not decline; Nikita and Ilya decline like Anna.
  CHECK(Person("Сергей Шойгу") ==
        Forms{"Сергея Шойгу", "Сергею Шойгу", "Сергея Шойгу", "Сергеем Шойгу", "Сергее Шойгу"});
  CHECK(Person("Никита Михалков") == Forms{"Никиты Михалкова", "Никите Михалкову", "Никиту Михалкова",
                                           "Никитой Михалковым", "Никите Михалкове"});
  CHECK(Person("Илья Яшин") == Forms{"Ильи Яшина", "Илье Яшину", "Илью Яшина", "Ильей Яшиным", "Илье Яшине"});
  // Only the last part of a hyphenated first name declines; -ич takes -ем.
  CHECK(Person("Касым-Жомарт Кемелевич Токаев") ==
        Forms{"Касым-Жомарта Кемелевича Токаева", "Касым-Жомарту Кемелевичу Токаеву", "Касым-Жомарта Кемелевича Токаева",
              "Касым-Жомартом Кемелевичем Токаевым", "Касым-Жомарте Кемелевиче Токаеве"});
  CHECK(Person("Лев Толстой") == Forms{"Льва Толстого", "Льву Толстому", "Льва Толстого", "Львом Толстым", "Льве Толстом"});
}

TEST_CASE("Women's names decline as Russian declines them", "[translit]") {
  CHECK(Person("Роза Отунбаева") ==
        Forms{"Розы Отунбаевой", "Розе Отунбаевой", "Розу Отунбаеву", "Розой Отунбаевой", "Розе Отунбаевой"});
  CHECK(Person("Мария Захарова") ==
        Forms{"Марии Захаровой", "Марии Захаровой", "Марию Захарову", "Марией Захаровой", "Марии Захаровой"});
  CHECK(Person("Анна Политковская") == Forms{"Анны Политковской", "Анне Политковской", "Анну Политковскую",
                                             "Анной Политковской", "Анне Политковской"});
  CHECK(Person("Юлия Тимошенко") ==
        Forms{"Юлии Тимошенко", "Юлии Тимошенко", "Юлию Тимошенко", "Юлией Тимошенко", "Юлии Тимошенко"});
  // A woman's surname in a consonant does not decline; Любовь is the third declension.
  CHECK(Person("Анна Кляйн") == Forms{"Анны Кляйн", "Анне Кляйн", "Анну Кляйн", "Анной Кляйн", "Анне Кляйн"});
  CHECK(Person("Любовь Соболь") == Forms{"Любови Соболь", "Любови Соболь", "Любовь Соболь", "Любовью Соболь",
                                         "Любови Соболь"});
  CHECK(Person("Наталья Поклонская") == Forms{"Натальи Поклонской", "Наталье Поклонской", "Наталью Поклонскую",
                                              "Натальей Поклонской", "Наталье Поклонской"});
}

TEST_CASE("Places decline when they are one word, or an adjective and a noun, and other text is left alone", "[translit]") {
  CHECK(Other("Бишкек") == Forms{"Бишкека", "Бишкеку", "Бишкек", "Бишкеком", "Бишкеке"});
  CHECK(Other("Москва") == Forms{"Москвы", "Москве", "Москву", "Москвой", "Москве"});
  CHECK(Other("Жалал-Абад") == Forms{"Жалал-Абада", "Жалал-Абаду", "Жалал-Абад", "Жалал-Абадом", "Жалал-Абаде"});
  CHECK(Other("Подмосковье") == Forms{"Подмосковья", "Подмосковью", "Подмосковье", "Подмосковьем", "Подмосковье"});
  CHECK(Other("Алматы") == Forms{"Алматы", "Алматы", "Алматы", "Алматы", "Алматы"});
  CHECK(Other("Казань") == Forms{"Казани", "Казани", "Казань", "Казанью", "Казани"});
  CHECK(Other("Беларусь") == Forms{"Беларуси", "Беларуси", "Беларусь", "Беларусью", "Беларуси"});
  CHECK(Other("Ставрополь") == Forms{"Ставрополя", "Ставрополю", "Ставрополь", "Ставрополем", "Ставрополе"});
  CHECK(Other("Северная Осетия") ==
        Forms{"Северной Осетии", "Северной Осетии", "Северную Осетию", "Северной Осетией", "Северной Осетии"});
  CHECK(Other("Киевская область") ==
        Forms{"Киевской области", "Киевской области", "Киевскую область", "Киевской областью", "Киевской области"});
  CHECK(Other("Приморский край") ==
        Forms{"Приморского края", "Приморскому краю", "Приморский край", "Приморским краем", "Приморском крае"});
  CHECK(Other("Верхнее Поволжье") == Forms{"Верхнего Поволжья", "Верхнему Поволжью", "Верхнее Поволжье",
                                           "Верхним Поволжьем", "Верхнем Поволжье"});
  CHECK(Other("Республика Алтай") == Forms{"Республика Алтай", "Республика Алтай", "Республика Алтай",
                                           "Республика Алтай", "Республика Алтай"});
  CHECK(Other("Жогорку Кенеш") == Forms{"Жогорку Кенеш", "Жогорку Кенеш", "Жогорку Кенеш", "Жогорку Кенеш",
                                        "Жогорку Кенеш"});
  CHECK(DeclinePerson("Sadyr Japarov", C::kGenitive) == "Sadyr Japarov");
  CHECK(DeclinePerson("Тоқаев", C::kGenitive) == "Тоқаев");  // Kazakh letters: not Russian grammar
  CHECK(DeclinePerson("ЖАПАРОВ", C::kInstrumental) == "ЖАПАРОВЫМ");
}

}  // namespace translint
