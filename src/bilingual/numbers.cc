#include "bilingual/numbers.h"

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "base/number_text.h"
#include "base/utf8.h"

namespace translint {

namespace {

struct Separators {
  std::string decimal = ".";
  std::string grouping = ",";
  bool space_grouping = false;  // the locale groups with a (no-break) space
};

// The locale's separators from ICU's data, once per language and thread.
const Separators& SeparatorsFor(const std::string& language) {
  thread_local std::map<std::string, Separators> cache;
  const auto it = cache.find(language);
  if (it != cache.end()) return it->second;
  Separators s;
  UErrorCode status = U_ZERO_ERROR;
  const icu::DecimalFormatSymbols symbols(icu::Locale(language.c_str()), status);
  if (U_SUCCESS(status)) {
    std::string decimal, grouping;
    symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol).toUTF8String(decimal);
    symbols.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol).toUTF8String(grouping);
    if (!decimal.empty()) s.decimal = decimal;
    if (!grouping.empty()) s.grouping = grouping;
    s.space_grouping = grouping == "\u00A0" || grouping == "\u202F" || grouping == " ";
  }
  return cache.emplace(language, s).first->second;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The length of the space at `at` (" ", no-break, narrow no-break, thin), or 0.
size_t SpaceAt(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == ' ') return 1;
  for (std::string_view s : {"\u00A0", "\u202F", "\u2009"}) {
    if (text.substr(at, s.size()) == s) return s.size();
  }
  return 0;
}

size_t DigitsAt(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && IsDigit(text[end])) ++end;
  return end - at;
}

// Is a letter (of any script) at `at`?
bool LetterAt(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  size_t length;
  const int32_t cp = DecodeUtf8(text, at, &length);
  return cp >= 0 && u_isalpha(cp);
}

// The byte after the letters from `at`.
size_t LettersEnd(std::string_view text, size_t at) {
  size_t length;
  while (LetterAt(text, at)) {
    DecodeUtf8(text, at, &length);
    at += length;
  }
  return at;
}

struct Magnitude {
  std::string_view word;
  double factor;
  bool prefix;  // any ending may follow ("тысяч" -> тысячи, тысячами)
};

const std::vector<Magnitude>& MagnitudesFor(const std::string& language) {
  static const std::map<std::string, std::vector<Magnitude>> kWords = {
      {"ru",
       {{"тыс", 1e3, false}, {"тысяч", 1e3, true}, {"млн", 1e6, false}, {"миллион", 1e6, true},
        {"млрд", 1e9, false}, {"миллиард", 1e9, true}, {"трлн", 1e12, false}, {"триллион", 1e12, true}}},
      {"uk",
       {{"тис", 1e3, false}, {"тисяч", 1e3, true}, {"млн", 1e6, false}, {"мільйон", 1e6, true},
        {"млрд", 1e9, false}, {"мільярд", 1e9, true}, {"трлн", 1e12, false}}},
      {"en",
       {{"hundred", 1e2, true}, {"thousand", 1e3, true}, {"million", 1e6, true}, {"mln", 1e6, false}, {"billion", 1e9, true},
        {"bn", 1e9, false}, {"trillion", 1e12, true}}},
      {"de",
       {{"Tausend", 1e3, false}, {"Million", 1e6, true}, {"Mio", 1e6, false}, {"Milliarde", 1e9, true},
        {"Mrd", 1e9, false}, {"Billion", 1e12, true}}},
      {"fr",
       {{"mille", 1e3, false}, {"million", 1e6, true}, {"milliard", 1e9, true}, {"Md", 1e9, false}}},
  };
  static const std::vector<Magnitude> kNone;
  // Russian's neighbours in Cyrillic write the same abbreviations.
  const std::string& key = (language == "ky" || language == "kk" || language == "tg" || language == "be") ? "ru" : language;
  const auto it = kWords.find(key);
  return it == kWords.end() ? kNone : it->second;
}

// The magnitude word at `at` and the byte after it (and after an abbreviation's dot).
std::optional<std::pair<double, size_t>> MagnitudeAt(std::string_view text, size_t at, const std::string& language) {
  for (const Magnitude& m : MagnitudesFor(language)) {
    if (text.substr(at, m.word.size()) != m.word) continue;
    size_t end = at + m.word.size();
    if (m.prefix) {
      end = LettersEnd(text, end);
    } else if (LetterAt(text, end)) {
      continue;
    }
    if (end < text.size() && text[end] == '.' && !m.prefix) ++end;
    return std::pair{m.factor, end};
  }
  return std::nullopt;
}

struct Spelled {
  std::string_view word;
  double value;
};

// English number words; "a" and "one" stand for 1 before a magnitude word.
const std::vector<Spelled>& EnglishWords() {
  static const std::vector<Spelled> kWords = {
      {"zero", 0},       {"one", 1},        {"two", 2},        {"three", 3},       {"four", 4},
      {"five", 5},       {"six", 6},        {"seven", 7},      {"eight", 8},       {"nine", 9},
      {"ten", 10},       {"eleven", 11},    {"twelve", 12},    {"thirteen", 13},   {"fourteen", 14},
      {"fifteen", 15},   {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18},   {"nineteen", 19},
      {"twenty", 20},    {"thirty", 30},    {"forty", 40},     {"fifty", 50},      {"sixty", 60},
      {"seventy", 70},   {"eighty", 80},    {"ninety", 90},    {"hundred", 100},   {"dozen", 12},
      {"dozens", 12},    {"twice", 2},      {"double", 2},     {"doubled", 2},     {"triple", 3},
      {"tripled", 3},    {"first", 1},      {"second", 2},     {"third", 3},       {"fourth", 4},
      {"fifth", 5},      {"sixth", 6},      {"seventh", 7},    {"eighth", 8},      {"ninth", 9},
      {"tenth", 10},     {"eleventh", 11},  {"twelfth", 12},   {"a", 1},           {"an", 1},
      {"half", 0.5},     {"quarter", 0.25}, {"once", 1},       {"single", 1},      {"both", 2},
      {"pair", 2},       {"couple", 2},
  };
  return kWords;
}

class Scanner {
 public:
  Scanner(std::string_view text, const std::string& language, bool spelled)
      : text_(text), language_(language), separators_(SeparatorsFor(language)), spelled_(spelled && language == "en") {}

  std::vector<NumberValue> Run() {
    size_t i = 0;
    while (i < text_.size()) {
      if (IsDigit(text_[i]) && (i == 0 || !IsDigit(text_[i - 1]))) {
        i = Number(i);
      } else if (spelled_ && IsAsciiLetter(text_[i]) && (i == 0 || !IsAsciiLetter(text_[i - 1]))) {
        i = Word(i);
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  // A date "02.05.2024" or "2024-05-02": its day and year.
  bool Date(size_t at, size_t* end) {
    const size_t d1 = DigitsAt(text_, at);
    if (d1 >= 1 && d1 <= 2 && at + d1 < text_.size() && text_[at + d1] == '.') {
      const size_t m = DigitsAt(text_, at + d1 + 1);
      const size_t y_at = at + d1 + 1 + m + 1;
      if (m >= 1 && m <= 2 && y_at - 1 < text_.size() && text_[y_at - 1] == '.' && DigitsAt(text_, y_at) == 4) {
        Add(Span{at, at + d1}, std::stod(std::string(text_.substr(at, d1))));
        Add(Span{y_at, y_at + 4}, std::stod(std::string(text_.substr(y_at, 4))));
        *end = y_at + 4;
        return true;
      }
    }
    if (d1 == 4 && text_.substr(at + 4, 1) == "-" && DigitsAt(text_, at + 5) == 2 &&
        text_.substr(at + 7, 1) == "-" && DigitsAt(text_, at + 8) == 2) {
      Add(Span{at, at + 4}, std::stod(std::string(text_.substr(at, 4))));
      Add(Span{at + 8, at + 10}, std::stod(std::string(text_.substr(at + 8, 2))));
      *end = at + 10;
      return true;
    }
    return false;
  }

  // A time "15:30": its hour, and its minutes unless zero.
  bool Time(size_t at, size_t* end) {
    const size_t h = DigitsAt(text_, at);
    if (h < 1 || h > 2 || text_.substr(at + h, 1) != ":" || DigitsAt(text_, at + h + 1) != 2) return false;
    const double hour = std::stod(std::string(text_.substr(at, h)));
    const double minutes = std::stod(std::string(text_.substr(at + h + 1, 2)));
    if (hour > 24 || minutes > 59) return false;
    Add(Span{at, at + h}, hour);
    if (minutes != 0) Add(Span{at + h + 1, at + h + 3}, minutes);
    *end = at + h + 3;
    return true;
  }

  // The digits at `at` with their grouping and decimals; the byte after them.
  // A fraction after the separator that is not the locale's ("48.12" in
  // Russian) also gives `parts`, the two numbers it may be.
  size_t Digits(size_t at, double* value, std::vector<double>* parts) {
    size_t end = at + DigitsAt(text_, at);
    std::string number(text_.substr(at, end - at));
    const bool may_group = end - at <= 3;
    for (bool grouped = may_group; grouped;) {
      grouped = false;
      size_t sep = 0;
      if (text_.substr(end, separators_.grouping.size()) == separators_.grouping) sep = separators_.grouping.size();
      // A space groups digits in any language when the locale's separator is
      // no space: machine translation keeps the source's "10 406".
      if (sep == 0) sep = SpaceAt(text_, end);
      if (sep > 0 && DigitsAt(text_, end + sep) == 3) {
        number += text_.substr(end + sep, 3);
        end += sep + 3;
        grouped = true;
      }
    }
    // The locale's decimal separator, or the other one where it cannot group
    // ("8,7 million" left by machine translation).
    for (std::string_view sep : {std::string_view(separators_.decimal), std::string_view(","), std::string_view(".")}) {
      if (text_.substr(end, sep.size()) != sep) continue;
      const size_t fraction = DigitsAt(text_, end + sep.size());
      if (fraction == 0 || (sep != separators_.decimal && (sep == separators_.grouping && fraction == 3))) continue;
      const std::string digits(text_.substr(end + sep.size(), fraction));
      if (sep != separators_.decimal && sep == "." && separators_.decimal == ",") *parts = {std::stod(number), std::stod(digits)};
      number += "." + digits;
      end += sep.size() + fraction;
      break;
    }
    *value = std::stod(number);
    return end;
  }

  // The byte after the spaces at `at`.
  size_t SkipSpaces(size_t at) const {
    while (size_t s = SpaceAt(text_, at)) at += s;
    return at;
  }

  // A number at `at` (a digit that follows no digit): its value with its magnitude.
  size_t Number(size_t at) {
    size_t end;
    if (Date(at, &end) || Time(at, &end)) return end;
    double value;
    std::vector<double> parts;
    end = Digits(at, &value, &parts);
    // "2020-21": a second year of the same century.
    std::vector<double> readings{value};
    // "20-х", "90-е": a decade.
    if (end - at == 2 && text_.substr(end, 1) == "-" && (text_.substr(end + 1, 2) == "х" || text_.substr(end + 1, 2) == "е")) {
      readings.push_back(1900 + value);
      readings.push_back(2000 + value);
    }
    if (at >= 5 && (text_[at - 1] == '-' || text_.substr(at - 3, 3) == "\u2013") && end - at == 2 && !out_.empty() &&
        out_.back().values[0] >= 1000 && out_.back().values[0] < 10000) {
      readings.push_back(std::floor(out_.back().values[0] / 100) * 100 + value);
    }
    const size_t next = Finish(at, end, readings);
    out_.back().parts = std::move(parts);
    return next;
  }

  // The magnitude word and remainder after a number, then the number itself.
  size_t Finish(size_t at, size_t end, std::vector<double> readings) {
    const size_t word = SkipSpaces(end);
    if (const auto magnitude = MagnitudeAt(text_, word, language_)) {
      for (double& r : readings) r *= magnitude->first;
      end = magnitude->second;
      // "10 тыс. 406", "10 thousand 406": the rest below a thousand.
      const size_t rest = SkipSpaces(end);
      const size_t digits = DigitsAt(text_, rest);
      if (magnitude->first == 1e3 && rest > end && digits >= 1 && digits <= 3 && !LetterAt(text_, rest + digits) &&
          text_.substr(rest + digits, 1) != "." && text_.substr(rest + digits, 1) != ",") {
        readings[0] += std::stod(std::string(text_.substr(rest, digits)));
        end = rest + digits;
      }
    } else {
      end = Suffix(end, &readings);
    }
    if (text_.substr(end, 1) == "%") {
      ++end;
    } else if (SpaceAt(text_, end) && text_.substr(end + SpaceAt(text_, end), 1) == "%") {
      end += SpaceAt(text_, end) + 1;
    }
    out_.push_back(NumberValue{Span{at, end}, std::move(readings), {}});
    return end;
  }

  // An ordinal ending ("2nd", "2-го") or "p.m.": consumed; "3 p.m." also reads 15.
  size_t Suffix(size_t end, std::vector<double>* readings) {
    if (!spelled_) return end;
    const size_t at = SkipSpaces(end);
    for (std::string_view pm : {"p.m.", "pm", "PM", "p.m"}) {
      if (text_.substr(at, pm.size()) == pm && !LetterAt(text_, at + pm.size()) && readings->front() < 12) {
        readings->push_back(readings->front() + 12);
        return at + pm.size();
      }
    }
    return end;
  }

  // An English number word, with a following magnitude word or hyphenated unit ("twenty-five").
  size_t Word(size_t at) {
    size_t end = at;
    while (end < text_.size() && IsAsciiLetter(text_[end])) ++end;
    std::string word(text_.substr(at, end - at));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const Spelled& s : EnglishWords()) {
      if (word != s.word) continue;
      double value = s.value;
      if (value >= 20 && value < 100 && text_.substr(end, 1) == "-") {  // "twenty-five"
        size_t unit_end = end + 1;
        while (unit_end < text_.size() && IsAsciiLetter(text_[unit_end])) ++unit_end;
        const std::string unit(text_.substr(end + 1, unit_end - end - 1));
        for (const Spelled& u : EnglishWords()) {
          if (unit == u.word && u.value >= 1 && u.value <= 9 && u.word != "a" && u.word != "an") {
            value += u.value;
            end = unit_end;
          }
        }
      }
      const bool article = word == "a" || word == "an";
      const size_t next = SkipSpaces(end);
      if (article && !MagnitudeAt(text_, next, language_)) return end;
      return Finish(at, end, {value});
    }
    return end;
  }

  void Add(Span span, double value) { out_.push_back(NumberValue{span, {value}, {}}); }

  std::string_view text_;
  const std::string& language_;
  const Separators& separators_;
  bool spelled_;
  std::vector<NumberValue> out_;
};

}  // namespace

std::vector<NumberValue> FindNumbers(std::string_view text, const std::string& language, bool spelled) {
  return Scanner(text, language, spelled).Run();
}

bool SameNumber(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)); }

std::string FormatNumber(double value) {
  const double whole = std::round(value);
  if (std::fabs(value - whole) <= 1e-9 * std::fabs(value) && std::fabs(value) < 9e15) {
    return Thousands(static_cast<int64_t>(whole));
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

}  // namespace translint
