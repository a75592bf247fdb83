#include "formats/html_reader.h"

#include <catch2/catch.hpp>

using namespace translint;

namespace {

std::string_view Bytes(const std::string& file, Span span) { return std::string_view(file).substr(span.begin, span.size()); }

const Document& Only(const DocumentBatch& batch) {
  REQUIRE(batch.documents.size() == 1);
  return *batch.documents[0];
}

}  // namespace

TEST_CASE("HTML: the visible text of the article, block by block", "[formats]") {
  const std::string file =
      "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Budget &amp; more</title>"
      "<meta property=\"article:published_time\" content=\"2022-10-01T08:00:00+06:00\">"
      "<meta property=\"og:site_name\" content=\"24.kg\"><style>p { color: red }</style></head>"
      "<body><header>Menu Kiev</header><nav>Home</nav>"
      "<h1>Japarov&nbsp;signs</h1><p>He said &laquo;no&raquo; in <b>Kiev</b>.<br>Next line</p>"
      "<!-- a comment about Kiev --><script>var kiev = 1;</script>"
      "<ul><li>One</li><li>Two</li></ul><footer>(c) Kiev</footer></body></html>";
  const DocumentBatch batch = ReadHtml("page.html", file, ReadOptions{});
  const Document& doc = Only(batch);
  CHECK(doc.text() == "Japarov\xC2\xA0signs\n\nHe said \xC2\xABno\xC2\xBB in Kiev.\nNext line\n\nOne\n\nTwo");
  CHECK(doc.meta().title == "Budget & more");
  CHECK(doc.meta().date == "2022-10-01");
  CHECK(doc.meta().outlet == "24.kg");
  CHECK(doc.meta().language == "en-GB");
  CHECK(doc.language() == "en");
  // Every text span is the file's bytes: the name after two entities.
  const size_t kiev = doc.text().find("Kiev");
  CHECK(Bytes(file, doc.SourceSpan(Span{kiev, kiev + 4})) == "Kiev");
  CHECK(doc.SourceSpan(Span{kiev, kiev + 4}).begin == file.find("<b>Kiev") + 3);
  const size_t guillemet = doc.text().find("\xC2\xAB");
  CHECK(Bytes(file, doc.SourceSpan(Span{guillemet, guillemet + 2})) == "&laquo;");
  CHECK(doc.SourcePosition(kiev, false).column == file.find("<b>Kiev") + 4);
}

TEST_CASE("HTML: <article> is read when there is one and CRLF and a BOM keep exact positions", "[formats]") {
  const std::string file =
      "\xEF\xBB\xBF<html><body><div>Latest news: Kiev</div>\r\n<article><p>First\r\nKiev &amp; Osh</p>"
      "<p>AT&T and &copy2 Kiev</p></article></body></html>";
  const DocumentBatch batch = ReadHtml("page.html", file, ReadOptions{});
  const Document& doc = Only(batch);
  CHECK(doc.text() == "First\nKiev & Osh\n\nAT&T and \xC2\xA9" "2 Kiev");
  const size_t kiev = doc.text().find("Kiev");
  const Position at = doc.SourcePosition(kiev, false);
  CHECK(at.line == 3);
  CHECK(at.column == 1);
  CHECK(Bytes(file, doc.SourceSpan(Span{kiev, kiev + 4})) == "Kiev");
  const size_t osh = doc.text().find("Osh");
  CHECK(Bytes(file, doc.SourceSpan(Span{osh, osh + 3})) == "Osh");
  const size_t last = doc.text().rfind("Kiev");
  CHECK(Bytes(file, doc.SourceSpan(Span{last, last + 4})) == "Kiev");
  const size_t att = doc.text().find("AT&T");
  CHECK(Bytes(file, doc.SourceSpan(Span{att, att + 4})) == "AT&T");
}

TEST_CASE("HTML: fixes are written HTML-escaped and never across blocks", "[formats]") {
  const std::string file = "<p>In Kiev &amp; Osh</p><p>Kiev again</p>";
  const DocumentBatch batch = ReadHtml("page.html", file, ReadOptions{});
  const Document& doc = Only(batch);
  const size_t kiev = doc.text().find("Kiev");
  const auto edits = doc.ToSourceEdits({Edit{Span{kiev, kiev + 4}, "Kyiv <&>"}});
  REQUIRE(edits.has_value());
  CHECK(Bytes(file, (*edits)[0].span) == "Kiev");
  CHECK((*edits)[0].replacement == "Kyiv &lt;&amp;&gt;");
  // A fix that touches the & replaces the whole reference.
  const size_t amp = doc.text().find('&');
  const auto amp_edit = doc.ToSourceEdits({Edit{Span{amp, amp + 1}, "and"}});
  REQUIRE(amp_edit.has_value());
  CHECK(Bytes(file, (*amp_edit)[0].span) == "&amp;");
  // From the first paragraph into the second: the tags between would go.
  const size_t second = doc.text().rfind("Kiev");
  CHECK_FALSE(doc.ToSourceEdits({Edit{Span{kiev, second + 4}, "x"}}).has_value());
}

TEST_CASE("HTML: broken markup is still read and not UTF-8 is left to the input checks", "[formats]") {
  const std::string file = "<p>Unclosed <b>Kiev <i>and</p> Osh";
  const DocumentBatch batch = ReadHtml("page.html", file, ReadOptions{});
  const Document& doc = Only(batch);
  const size_t osh = doc.text().find("Osh");
  REQUIRE(osh != std::string_view::npos);
  CHECK(Bytes(file, doc.SourceSpan(Span{osh, osh + 3})) == "Osh");
  const DocumentBatch latin1 = ReadDocuments("page.html", "<p>Caf\xE9</p>", ReadOptions{});
  REQUIRE(latin1.documents.size() == 1);
  CHECK(latin1.documents[0]->text() == "<p>Caf\xE9</p>");  // the bytes as they are, for input/invalid-utf8
}
