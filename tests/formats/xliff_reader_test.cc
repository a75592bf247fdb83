#include "formats/xliff_reader.h"

#include <catch2/catch.hpp>

#include "formats/reader.h"
#include "formats/tmx_reader.h"

using namespace translint;

namespace {

std::string_view Bytes(const std::string& file, Span span) { return std::string_view(file).substr(span.begin, span.size()); }

// Shaped like Okapi Rainbow's XLIFF 1.2 output: namespace, <group>, xml:space,
// inline <g> and <x/>, entity and character references, a note, a unit not to
// translate, one without a target, CRLF line endings.
const std::string kOkapi =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
    "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" "
    "xmlns:okp=\"okapi-framework:xliff-extensions\">\r\n"
    "<file original=\"news.html\" source-language=\"ru-RU\" target-language=\"en-US\" datatype=\"x-undefined\">\r\n"
    "<body>\r\n"
    "<group id=\"g1\">\r\n"
    "<trans-unit id=\"1\" xml:space=\"preserve\">\r\n"
    "<source xml:lang=\"ru-RU\">Садыр Жапаров &amp; <g id=\"1\">Токаев</g> встретились.</source>\r\n"
    "<target xml:lang=\"en-US\" state=\"translated\">Sadyr Zhaparov &amp; <g id=\"1\">Tokayev</g> met&#x2E;</target>\r\n"
    "<note>Headline</note>\r\n"
    "</trans-unit>\r\n"
    "</group>\r\n"
    "<trans-unit id=\"2\">\r\n"
    "<source>Нажмите <x id=\"1\"/> здесь</source>\r\n"
    "<target state=\"needs-review-translation\">Click <x id=\"1\"/> here</target>\r\n"
    "</trans-unit>\r\n"
    "<trans-unit id=\"3\" translate=\"no\"><source>RFE/RL</source><target>RFE/RL</target></trans-unit>\r\n"
    "<trans-unit id=\"4\"><source>Выборы</source></trans-unit>\r\n"
    "</body>\r\n"
    "</file>\r\n"
    "</xliff>\r\n";

// Shaped like Weblate's XLIFF 2.0 export: srcLang/trgLang, units of segments,
// states, CDATA.
const std::string kWeblate =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"ru\" trgLang=\"de\">\n"
    "  <file id=\"f1\">\n"
    "    <unit id=\"headline\">\n"
    "      <notes><note>Top story</note></notes>\n"
    "      <segment id=\"s1\" state=\"translated\">\n"
    "        <source>Погибли 10 406 человек.</source>\n"
    "        <target>10.406 Menschen starben.</target>\n"
    "      </segment>\n"
    "      <segment state=\"initial\">\n"
    "        <source>Он <pc id=\"1\">сказал</pc> <ph id=\"2\"/>.</source>\n"
    "        <target><![CDATA[Er <sagte>]]> <ph id=\"2\"/>.</target>\n"
    "      </segment>\n"
    "    </unit>\n"
    "    <unit id=\"brand\" translate=\"no\"><segment><source>Kloop</source></segment></unit>\n"
    "  </file>\n"
    "</xliff>\n";

// A TMX 1.4 memory as translation tools export it.
const std::string kTmx =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<tmx version=\"1.4\">\n"
    "  <header creationtool=\"OmegaT\" srclang=\"ru-RU\" adminlang=\"en\" segtype=\"sentence\" datatype=\"plaintext\" "
    "o-tmf=\"OmegaT\"/>\n"
    "  <body>\n"
    "    <tu tuid=\"7\">\n"
    "      <note>From the wire</note>\n"
    "      <tuv xml:lang=\"ru-RU\"><seg>Садыр Жапаров <ph x=\"1\">&lt;br/&gt;</ph>подписал указ</seg></tuv>\n"
    "      <tuv xml:lang=\"en-GB\"><seg>Sadyr Zhaparov <ph x=\"1\">&lt;br/&gt;</ph>signed <hi>the</hi> decree</seg></tuv>\n"
    "    </tu>\n"
    "    <tu><tuv xml:lang=\"ru-RU\"><seg>Только источник</seg></tuv></tu>\n"
    "  </body>\n"
    "</tmx>\n";

}  // namespace

TEST_CASE("XLIFF 1.2: the targets are the text, each unit with its source, id, note and state", "[formats]") {
  const DocumentBatch batch = ReadDocuments("news.xlf", kOkapi, ReadOptions{});
  REQUIRE(batch.problems.empty());
  REQUIRE(batch.documents.size() == 1);
  const Document& doc = *batch.documents[0];
  // References decoded, inline codes out of the text, <g> read through, the no-translate unit skipped.
  CHECK(doc.text() == "Sadyr Zhaparov & Tokayev met.\n\nClick  here");
  CHECK(doc.language() == "en");
  CHECK(doc.source_language() == "ru");
  REQUIRE(doc.units().size() == 3);
  const TranslationUnit& first = doc.units()[0];
  CHECK(first.id == "1");
  CHECK(first.source == "Садыр Жапаров & Токаев встретились.");
  CHECK(first.note == "Headline");
  CHECK_FALSE(first.fuzzy);
  CHECK(doc.units()[1].fuzzy);  // needs-review-translation
  CHECK(doc.units()[1].source_markup == std::vector<std::string>{"<x id=\"1\"/>"});
  CHECK(doc.units()[1].target_markup == std::vector<std::string>{"<x id=\"1\"/>"});
  // The unit without a target: empty, placed after its </source>.
  const TranslationUnit& missing = doc.units()[2];
  CHECK(missing.target.empty());
  CHECK(std::string_view(kOkapi).substr(0, missing.target_file_offset).ends_with("<source>Выборы</source>"));
  // Spans map to the file's bytes, through references and around tags.
  const size_t name = doc.text().find("Tokayev");
  CHECK(Bytes(kOkapi, doc.SourceSpan(Span{name, name + 7})) == "Tokayev");
  const size_t amp = doc.text().find('&');
  CHECK(Bytes(kOkapi, doc.SourceSpan(Span{amp, amp + 1})) == "&amp;");
  CHECK(Bytes(kOkapi, doc.SourceSpan(Span{name + 8, name + 12})) == "met&#x2E;");
  const size_t source_name = first.source.find("Токаев");
  CHECK(Bytes(kOkapi, Span{first.source_map.ToSource(source_name, false),
                           first.source_map.ToSource(source_name + std::string("Токаев").size(), true)}) == "Токаев");
  CHECK(doc.SourcePosition(name, false).line == 8);
}

TEST_CASE("XLIFF: a fix rewrites only the target's characters, XML-escaped", "[formats]") {
  const DocumentBatch batch = ReadDocuments("news.xlf", kOkapi, ReadOptions{});
  const Document& doc = *batch.documents[0];
  const size_t name = doc.text().find("Zhaparov");
  const std::optional<std::vector<Edit>> edits = doc.ToSourceEdits({Edit{Span{name, name + 8}, "Japarov <&>"}});
  REQUIRE(edits);
  REQUIRE(edits->size() == 1);
  std::string fixed = kOkapi;
  fixed.replace((*edits)[0].span.begin, (*edits)[0].span.size(), (*edits)[0].replacement);
  std::string expected = kOkapi;
  const size_t at = expected.find("Zhaparov &amp;");
  expected.replace(at, 8, "Japarov &lt;&amp;&gt;");
  CHECK(fixed == expected);
  // An edit across an inline element would rewrite markup: no fix.
  const size_t tag = doc.text().find("& Tokayev");
  CHECK_FALSE(doc.ToSourceEdits({Edit{Span{tag, tag + 9}, "and Tokayev"}}));
}

TEST_CASE("XLIFF 2.0: segments of units, srcLang and trgLang, CDATA, state initial is a draft", "[formats]") {
  const DocumentBatch batch = ReadDocuments("de.xliff", kWeblate, ReadOptions{});
  REQUIRE(batch.problems.empty());
  const Document& doc = *batch.documents[0];
  CHECK(doc.language() == "de");
  CHECK(doc.source_language() == "ru");
  CHECK(doc.text() == "10.406 Menschen starben.\n\nEr <sagte> .");
  REQUIRE(doc.units().size() == 2);
  CHECK(doc.units()[0].id == "headline/s1");
  CHECK(doc.units()[1].id == "headline/2");
  CHECK(doc.units()[0].note == "Top story");
  CHECK_FALSE(doc.units()[0].fuzzy);
  CHECK(doc.units()[1].fuzzy);
  CHECK(doc.units()[1].source == "Он сказал .");
  const size_t cdata = doc.text().find("sagte");
  CHECK(Bytes(kWeblate, doc.SourceSpan(Span{cdata, cdata + 5})) == "sagte");
}

TEST_CASE("TMX: the source variant by the header's srclang, the target the other, inline codes out", "[formats]") {
  const DocumentBatch batch = ReadDocuments("memory.tmx", kTmx, ReadOptions{});
  REQUIRE(batch.problems.empty());
  const Document& doc = *batch.documents[0];
  CHECK(doc.language() == "en");
  CHECK(doc.source_language() == "ru");
  CHECK(doc.text() == "Sadyr Zhaparov signed the decree");
  REQUIRE(doc.units().size() == 2);
  CHECK(doc.units()[0].id == "7");
  CHECK(doc.units()[0].note == "From the wire");
  CHECK(doc.units()[0].source == "Садыр Жапаров подписал указ");
  CHECK(doc.units()[0].source_markup == doc.units()[0].target_markup);
  CHECK(doc.units()[1].target.empty());
  const size_t the = doc.text().find("the");
  CHECK(Bytes(kTmx, doc.SourceSpan(Span{the, the + 3})) == "the");
}

TEST_CASE("Bilingual XML that is not well-formed is a problem at its line and column, not a crash", "[formats]") {
  for (const char* path : {"bad.xlf", "bad.tmx"}) {
    const std::string bad = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><source>a</target>\n";
    const DocumentBatch batch = ReadDocuments(path, bad, ReadOptions{});
    REQUIRE(batch.problems.size() == 1);
    CHECK(batch.problems[0].line == 3);
    CHECK(batch.problems[0].message.find("not well-formed XML") == 0);
    REQUIRE(batch.documents.size() == 1);
    CHECK(batch.documents[0]->units().empty());
  }
}
