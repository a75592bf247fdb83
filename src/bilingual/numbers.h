// Numbers of a text as values: what source/number-mismatch compares between a
// source segment and its translation.
//
// FindNumbers() reads the digits of `text` the way `language` writes them, with
// the decimal and grouping separators ICU gives for that locale ("10 406" and
// "8,7" in Russian, "10,406" and "8.7" in English, "10.406" and "8,7" in
// German), a following magnitude word ("тыс.", "млн", "thousand", "million",
// "Mio."), a thousands remainder ("10 тыс. 406", the "10 thousand 406" of machine
// translation) and ordinal endings ("2-го", "2nd"). A date "02.05.2024" gives its
// day and year (the month is a word in the translation); a time "15:30" gives
// the hour and the minutes that are not zero. In a target (`spelled` true) the
// number words ("two", "twelve", "a dozen", "twice") and "3 p.m." (also 15) are
// read too, as alternatives: they only ever answer a source's numbers.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace translint {

struct NumberValue {
  Span span;                   // as written, magnitude word included
  std::vector<double> values;  // the readings: the first is the main one
  // Another reading as several numbers: "48.12" in Russian is 48.12 (a rule
  // number) or 48 and 12 (a time, "в 10.30"); empty for most numbers.
  std::vector<double> parts;
};

std::vector<NumberValue> FindNumbers(std::string_view text, const std::string& language, bool spelled);

// Whether two readings are the same number (a relative tolerance for 8.7e6).
bool SameNumber(double a, double b);

// "10,406", "8.7 million", "1.5" — a value for a message, in English.
std::string FormatNumber(double value);

}  // namespace translint
