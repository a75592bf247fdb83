#include "formats/po_reader.h"

#include <catch2/catch.hpp>

#include "formats/reader.h"

using namespace translint;

namespace {

std::string_view Bytes(const std::string& file, Span span) { return std::string_view(file).substr(span.begin, span.size()); }

// Shaped like a catalog from msgmerge (header, references, a fuzzy plural entry with
// a previous msgid, a context, an obsolete entry), with CRLF in one place.
const std::string kCatalog =
    "# German translation of the newsroom glossary.\n"
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Project-Id-Version: news 1.0\\n\"\n"
    "\"Language: de_DE\\n\"\n"
    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
    "\n"
    "#. A headline\n"
    "#: src/front.c:12\n"
    "msgid \"Sadyr Japarov met the delegation.\"\n"
    "msgstr \"Sadyr Zhaparov traf die \\\"Delegation\\\".\"\r\n"
    "\n"
    "#, fuzzy, c-format\n"
    "#| msgid \"One article\"\n"
    "msgid \"One story\"\n"
    "msgid_plural \"%d stories\"\n"
    "msgstr[0] \"Eine Geschichte\"\n"
    "msgstr[1] \"\"\n"
    "\"%d Geschichten\\n\"\n"
    "\"über Bischkek\"\n"
    "msgctxt \"menu\"\n"
    "msgid \"\"\n"
    "msgstr \"Startseite\"\n"
    "\n"
    "msgid \"Untranslated\"\n"
    "msgstr \"\"\n"
    "\n"
    "#~ msgid \"Old\"\n"
    "#~ msgstr \"Sadyr Zhaparov alt\"\n";

}  // namespace

TEST_CASE("PO: the translations are the text, one paragraph each, mapped to the file", "[formats]") {
  const DocumentBatch batch = ReadPo("de.po", kCatalog, ReadOptions{});
  REQUIRE(batch.problems.empty());
  REQUIRE(batch.documents.size() == 1);
  const Document& doc = *batch.documents[0];
  // No msgid, no header, no comment, no obsolete entry; a context entry with an empty msgid is no header.
  CHECK(doc.text() ==
        "Sadyr Zhaparov traf die \"Delegation\".\n\nEine Geschichte\n\n%d Geschichten\n\u00FCber Bischkek\n\nStartseite");
  CHECK(doc.language() == "de");  // the header's Language: de_DE
  CHECK(doc.meta().language == "de_DE");
  const size_t name = doc.text().find("Zhaparov");
  const Span in_file = doc.SourceSpan(Span{name, name + 8});
  CHECK(Bytes(kCatalog, in_file) == "Zhaparov");
  CHECK(in_file.begin == kCatalog.find("Zhaparov"));
  const Position at = doc.SourcePosition(name, false);
  CHECK(at.line == 11);
  CHECK(at.column == 15);  // after `msgstr "Sadyr `
  // An escape is one unit; a string continued on the next line maps into that line.
  const size_t quote = doc.text().find('"');
  CHECK(Bytes(kCatalog, doc.SourceSpan(Span{quote, quote + 1})) == "\\\"");
  const size_t city = doc.text().find("Bischkek");
  CHECK(doc.SourcePosition(city, false).line == 20);
  CHECK(doc.SourcePosition(city, false).column == 7);  // after the quote and "über " (ü is one column)
}

TEST_CASE("PO: fixes are written back C-escaped inside the string, other bytes untouched", "[formats]") {
  const DocumentBatch batch = ReadPo("de.po", kCatalog, ReadOptions{});
  const Document& doc = *batch.documents[0];
  const size_t at = doc.text().find("\"Delegation\"");
  const auto edits = doc.ToSourceEdits({Edit{Span{at, at + 12}, "„Delegation“ \"x\""}});
  REQUIRE(edits.has_value());
  REQUIRE(edits->size() == 1);
  CHECK(Bytes(kCatalog, (*edits)[0].span) == "\\\"Delegation\\\"");
  CHECK((*edits)[0].replacement == "„Delegation“ \\\"x\\\"");
  // A span across two strings of a continued msgstr would rewrite the quotes between them: no edit.
  const size_t across = doc.text().find("Geschichten\n");
  CHECK_FALSE(doc.ToSourceEdits({Edit{Span{across, across + 16}, "x"}}).has_value());
  CHECK(PoEscape("a\\b\t\"\n") == "a\\\\b\\t\\\"\\n");
}

TEST_CASE("PO: lines that are not PO syntax are reported at their place and the rest is read", "[formats]") {
  const std::string file =
      "msgid \"One\"\n"
      "msgstr \"Eins\"\n"
      "garbage here\n"
      "msgid \"Two\"\n"
      "msgstr \"Zwei\n"
      "\"orphan\"\n"
      "msgid \"Three\"\n"
      "msgstr \"Drei\" trailing\n"
      "msgid \"Four\"\n"
      "msgstr \"Vier\"\n";
  ReadOptions options;
  options.language = "de";
  const DocumentBatch batch = ReadPo("x.po", file, options);
  REQUIRE(batch.problems.size() == 3);
  CHECK(batch.problems[0].line == 3);
  CHECK(batch.problems[0].message.find("not PO syntax") == 0);
  CHECK(batch.problems[1].line == 5);
  CHECK(batch.problems[1].message.find("not closed") != std::string::npos);
  CHECK(batch.problems[2].line == 8);
  REQUIRE(batch.documents.size() == 1);
  CHECK(batch.documents[0]->language() == "de");  // no header: the configuration's
  // "orphan" continues the broken msgstr; what was read of it is kept.
  CHECK(batch.documents[0]->text().find("Eins") == 0);
  CHECK(batch.documents[0]->text().find("Vier") != std::string::npos);
}

TEST_CASE("PO: .po and .pot files are read as catalogs", "[formats]") {
  CHECK(InputFormatForPath("a/de.po") == InputFormat::kPo);
  CHECK(InputFormatForPath("a/messages.POT") == InputFormat::kPo);
  const DocumentBatch batch = ReadDocuments("messages.pot", "msgid \"Hello\"\nmsgstr \"\"\n", ReadOptions{});
  REQUIRE(batch.documents.size() == 1);
  CHECK(batch.documents[0]->text().empty());  // a template has no translations
}

TEST_CASE("PO: each translation is a unit with its source, context and fuzzy flag", "[formats]") {
  const DocumentBatch batch = ReadPo("de.po", kCatalog, ReadOptions{});
  const Document& doc = *batch.documents[0];
  const std::vector<TranslationUnit>& units = doc.units();
  REQUIRE(units.size() == 5);  // the header is no unit, the obsolete entry neither
  CHECK(doc.source_language().empty());  // the header does not say
  const auto target = [&](const TranslationUnit& u) { return std::string(doc.text().substr(u.target.begin, u.target.size())); };
  CHECK(units[0].source == "Sadyr Japarov met the delegation.");
  CHECK(target(units[0]) == "Sadyr Zhaparov traf die \"Delegation\".");
  CHECK(Bytes(kCatalog, units[0].source_in_file) == "\"Sadyr Japarov met the delegation.\"");
  CHECK_FALSE(units[0].fuzzy);
  // The plural forms: msgstr[0] has the msgid, msgstr[1] the msgid_plural; both are fuzzy.
  CHECK(units[1].source == "One story");
  CHECK(units[2].source == "%d stories");
  CHECK(target(units[2]) == "%d Geschichten\n\u00FCber Bischkek");
  CHECK((units[1].fuzzy && units[2].fuzzy));
  CHECK(units[3].id == "menu|");
  CHECK_FALSE(units[3].fuzzy);
  // No translation yet: an empty target at the place of its string.
  CHECK(units[4].source == "Untranslated");
  CHECK(units[4].target.empty());
  CHECK(kCatalog.substr(units[4].target_file_offset, 3) == "\"\"\n");
}

TEST_CASE("PO: a comment after a msgstr starts the next entry, and the header names the source language", "[formats]") {
  const std::string file =
      "msgid \"\"\nmsgstr \"Language: en\\nX-Source-Language: ru\\n\"\n"
      "msgid \"Один\"\nmsgstr \"One\"\n#, fuzzy, c-format\nmsgid \"Два\"\nmsgstr \"Two\"\n"
      "msgid \"Три\"\nmsgstr \"Three\"\n";
  const DocumentBatch batch = ReadPo("ru-en.po", file, ReadOptions{});
  const Document& doc = *batch.documents[0];
  CHECK(doc.source_language() == "ru");
  REQUIRE(doc.units().size() == 3);
  CHECK_FALSE(doc.units()[0].fuzzy);
  CHECK(doc.units()[1].fuzzy);
  CHECK_FALSE(doc.units()[2].fuzzy);
  CHECK(ReadPo("x.po", "msgid \"a\"\nmsgstr[99999999999] \"b\"\n", ReadOptions{}).problems.size() == 1);
}
