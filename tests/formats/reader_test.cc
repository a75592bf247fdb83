#include "formats/reader.h"

#include <catch2/catch.hpp>

using namespace translint;

TEST_CASE("Readers: front matter gives Markdown and text files their metadata", "[formats]") {
  const std::string md = "---\ntitle: \"Japarov: the budget\"\ndate: 2021-03-05\nsource: AKIpress\nlanguage: DE\nurl: https://x/1\ntags:\n  - a\n---\nText.\n";
  const DocumentBatch batch = ReadDocuments("a.md", md, ReadOptions{});
  REQUIRE(batch.documents.size() == 1);
  const Document& doc = *batch.documents[0];
  CHECK(doc.meta().title == "Japarov: the budget");
  CHECK(doc.meta().date == "2021-03-05");
  CHECK(doc.meta().outlet == "AKIpress");
  CHECK(doc.meta().id == "https://x/1");
  CHECK(doc.language() == "de");
  CHECK(doc.text() == md);  // the file's bytes as they are
  // In a text file, a block counts only when it is all `key: value` lines.
  CHECK(ReadDocuments("a.txt", "---\noutlet: Kloop\n---\nText\n", ReadOptions{}).documents[0]->meta().outlet == "Kloop");
  CHECK(ReadDocuments("a.txt", "---\nJust a rule\n---\nText\n", ReadOptions{}).documents[0]->meta().outlet.empty());
  // A date that is not an ISO date is no date.
  CHECK(ReadDocuments("a.md", "---\ndate: 5 March 2021\n---\n", ReadOptions{}).documents[0]->meta().date.empty());
}

TEST_CASE("Readers: the format follows the file name", "[formats]") {
  CHECK(InputFormatForPath("a/b.JSONL") == InputFormat::kJsonLines);
  CHECK(InputFormatForPath("b.htm") == InputFormat::kHtml);
  CHECK(InputFormatForPath("b.markdown") == InputFormat::kMarkdown);
  CHECK(InputFormatForPath("b.txt") == InputFormat::kPlainText);
  CHECK(SupportedLanguage("fr-CA") == "fr");
  CHECK(SupportedLanguage("es") == "");
}
