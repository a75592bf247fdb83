#include "text/segmenter.h"

#include <catch2/catch.hpp>

using namespace translint;

namespace {

// The prose of `text`, segments joined by "|".
std::string Prose(const std::string& text, DocumentFormat format) {
  const Document doc("t", text, "en", format);
  std::string out;
  for (const Span& s : SegmentProse(doc)) {
    if (!out.empty()) out += "|";
    out += text.substr(s.begin, s.size());
  }
  return out;
}

}  // namespace

TEST_CASE("Markdown code, links, comments and front matter are not prose", "[text]") {
  const std::string md =
      "---\ntitle: Kiev\n---\nIn Kiev `Kiev` and [Kiev](http://kiev.ua/Kiev) <b>x</b>.\n"
      "```\nKiev\n```\nEnd <!-- Kiev --> ok\n[ref]: https://kiev.ua\n";
  CHECK(Prose(md, DocumentFormat::kMarkdown) ==
        "In Kiev | and [Kiev]| |x|.\n|End | ok\n[ref]:");
}

TEST_CASE("URLs and e-mail addresses are skipped in plain text too", "[text]") {
  CHECK(Prose("See https://kiev.ua/news. Mail kiev@example.com now", DocumentFormat::kPlainText) ==
        "See |. Mail | now");
  // Markdown syntax means nothing in plain text.
  CHECK(Prose("`Kiev`", DocumentFormat::kPlainText) == "`Kiev`");
}

TEST_CASE("An unclosed fence runs to the end, a lone backtick is prose", "[text]") {
  CHECK(Prose("a\n```\nKiev\n", DocumentFormat::kMarkdown) == "a\n");
  CHECK(Prose("it`s Kiev", DocumentFormat::kMarkdown) == "it`s Kiev");
}
