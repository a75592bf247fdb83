#include "formats/jsonl_reader.h"

#include <catch2/catch.hpp>

using namespace translint;

namespace {

std::string_view Bytes(const std::string& file, Span span) { return std::string_view(file).substr(span.begin, span.size()); }

}  // namespace

TEST_CASE("JSON Lines: each record is a document whose spans map to the file", "[formats]") {
  const std::string file =
      "{\"id\": \"a1\", \"date\": \"2024-03-05T10:00:00Z\", \"outlet\": \"Kloop\", \"title\": \"T\", "
      "\"text\": \"Caf\\u00e9 \\\"Kiev\\\"\\nKiev\\ud83d\\ude00 x\"}\n"
      "\n"
      "{\"text\": \"Second Kiev\", \"language\": \"de-DE\"}\r\n";
  const DocumentBatch batch = ReadJsonLines("a.jsonl", file, ReadOptions{}, 0, 1);
  REQUIRE(batch.problems.empty());
  REQUIRE(batch.documents.size() == 2);
  const Document& first = *batch.documents[0];
  CHECK(first.text() == "Caf\xC3\xA9 \"Kiev\"\nKiev\xF0\x9F\x98\x80 x");
  CHECK(first.meta().id == "a1");
  CHECK(first.meta().date == "2024-03-05");
  CHECK(first.meta().outlet == "Kloop");
  CHECK(first.meta().title == "T");
  CHECK(first.language() == "en");
  // "Kiev" after the escaped quote, and after the escaped line break.
  const size_t kiev = first.text().find("Kiev");
  const Span one = first.SourceSpan(Span{kiev, kiev + 4});
  CHECK(Bytes(file, one) == "Kiev");
  CHECK(one.begin == file.find("Kiev"));
  const Position at = first.SourcePosition(kiev, false);
  CHECK(at.line == 1);
  CHECK(at.column == file.find("Kiev") + 1);
  const size_t again = first.text().find("Kiev", kiev + 4);
  CHECK(Bytes(file, first.SourceSpan(Span{again, again + 4})) == "Kiev");
  // An escape is one unit: the é is the six bytes \u00e9, the emoji twelve.
  CHECK(Bytes(file, first.SourceSpan(Span{3, 5})) == "\\u00e9");
  CHECK(Bytes(file, first.SourceSpan(Span{again + 4, again + 8})) == "\\ud83d\\ude00");
  CHECK(first.SourceLineAt(kiev) == file.substr(0, file.find('\n')));

  const Document& second = *batch.documents[1];
  CHECK(second.text() == "Second Kiev");
  CHECK(second.language() == "de");
  CHECK(second.SourcePosition(7, false).line == 3);
  CHECK(second.SourcePosition(7, false).column == 18);
  CHECK(second.SourceSpan(Span{7, 11}).begin == file.rfind("Kiev"));
}

TEST_CASE("JSON Lines: fixes are written back JSON-escaped inside the field", "[formats]") {
  const std::string file = "{\"text\": \"In \\\"Kiev\\\" today\", \"id\": 1}\n";
  const DocumentBatch batch = ReadJsonLines("a.jsonl", file, ReadOptions{}, 0, 1);
  REQUIRE(batch.documents.size() == 1);
  const Document& doc = *batch.documents[0];
  const size_t at = doc.text().find("Kiev");
  // The edit takes in the quote before the name: the quote is written back escaped.
  const auto edits = doc.ToSourceEdits({Edit{Span{at - 1, at + 4}, "\u00ABKyiv"}});
  REQUIRE(edits.has_value());
  REQUIRE(edits->size() == 1);
  CHECK(Bytes(file, (*edits)[0].span) == "\\\"Kiev");
  CHECK((*edits)[0].replacement == "\u00ABKyiv");
  const auto quoted = doc.ToSourceEdits({Edit{Span{at, at + 4}, "Ky\"iv\n"}});
  REQUIRE(quoted.has_value());
  CHECK((*quoted)[0].replacement == "Ky\\\"iv\\n");
  CHECK(JsonEscape(std::string("a\\b\t\x01", 5)) == "a\\\\b\\t\\u0001");
}

TEST_CASE("JSON Lines: bad records are reported at their line and the rest is read", "[formats]") {
  const std::string file =
      "\xEF\xBB\xBF{\"text\": \"one\"}\n"
      "{\"text\": \"broken\n"
      "[1]\n"
      "{\"body\": \"from body\"}\n"
      "{\"headline\": \"no text\"}\n"
      "{\"text\": 5}\n"
      "{\"text\": \"last\"}";
  const DocumentBatch batch = ReadJsonLines("a.jsonl", file, ReadOptions{}, 0, 1);
  REQUIRE(batch.documents.size() == 3);
  CHECK(batch.documents[0]->text() == "one");
  CHECK(batch.documents[0]->SourcePosition(0, false).column == 11);  // the BOM takes no column
  CHECK(batch.documents[1]->text() == "from body");
  CHECK(batch.documents[2]->text() == "last");
  CHECK(batch.documents[2]->SourcePosition(0, false).line == 7);
  REQUIRE(batch.problems.size() == 4);
  CHECK(batch.problems[0].line == 2);
  CHECK(batch.problems[0].message == "the line is not valid JSON (A string is opened, but never closed.); the record is skipped");
  CHECK(batch.problems[0].offset == file.find("{\"text\": \"broken"));
  CHECK(batch.problems[1].line == 3);
  CHECK(batch.problems[1].message == "the record is not a JSON object; it is skipped");
  CHECK(batch.problems[2].line == 5);
  CHECK(batch.problems[2].message.rfind("the record has no text field (looked for \"text\", \"body\", \"content\";", 0) == 0);
  CHECK(batch.problems[3].line == 6);
  CHECK(batch.problems[3].message == "the field \"text\" is not a string; the record is skipped");
}

TEST_CASE("JSON Lines: configured field names and a part of a file", "[formats]") {
  ReadOptions options;
  options.fields.text = {"article"};
  options.fields.date = {"published"};
  const std::string part = "{\"article\": \"Kiev\", \"published\": \"2016-05-01\"}\n";
  const DocumentBatch batch = ReadJsonLines("a.jsonl", part, options, 1000, 1);
  REQUIRE(batch.documents.size() == 1);
  CHECK(batch.documents[0]->meta().date == "2016-05-01");
  CHECK(batch.documents[0]->SourceSpan(Span{0, 4}).begin == 1000 + part.find("Kiev"));
  CHECK(batch.documents[0]->source_offset() == 1000);
}

TEST_CASE("JSON Lines: a record with a source field is aligned with it, notes inside the field", "[formats]") {
  const std::string file =
      "{\"id\": \"1\", \"text\": \"10,506 people died.\\n\\nSadyr Japarov spoke.\", "
      "\"source_text\": \"Погибли 10 406 человек.\\n\\nСадыр Жапаров выступил.\"}\n"
      "{\"id\": \"2\", \"text\": \"No source here.\"}\n";
  const DocumentBatch batch = ReadDocuments("a.jsonl", file, ReadOptions{});
  REQUIRE(batch.documents.size() == 2);
  const Document& doc = *batch.documents[0];
  REQUIRE(doc.units().size() == 2);
  CHECK(doc.units()[0].source == "Погибли 10 406 человек.");
  CHECK(doc.units()[1].source == "Садыр Жапаров выступил.");
  REQUIRE(doc.units()[0].source_document);
  const Document& source = *doc.units()[0].source_document;
  const Span number = source.SourceSpan(Span{doc.units()[0].source.find("10 406"), doc.units()[0].source.find("10 406") + 6});
  CHECK(std::string_view(file).substr(number.begin, number.size()) == "10 406");
  CHECK(batch.documents[1]->units().empty());
}
