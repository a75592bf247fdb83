// The text of an element of a bilingual XML file (XLIFF, TMX), mapped to the
// file's bytes, and the parts of those files' readers share.
//
// XmlText reads an element's content as a translator's text: character data
// and CDATA, with entity and character references decoded (each an atomic
// piece of the map); inline elements that hold translatable text (XLIFF <g>,
// <mrk>, <pc>; TMX <hi>, <sub>) are read through; inline codes (<x/>, <ph>,
// <bpt>, <ept>, <it>, <bx/>, <ex/>, <sc/>, <ec/>, <sm/>, <em/>, <cp/>, <ut>) are
// not text: they are left out of it and listed, as written, in `markup`.
// Offsets come from pugixml's offset_debug() and the raw bytes, so the map
// points at the file exactly (line endings and escapes as they are).
// Pure functions; thread-safe.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "formats/reader.h"
#include "text/source_map.h"

namespace translint {

struct XmlText {
  std::string text;
  SourceMap map;                    // text -> the file's bytes
  std::vector<std::string> markup;  // inline codes, in order: "<x id=\"1\"/>"
  size_t begin = 0, end = 0;        // the element's content in the file
};

XmlText ReadXmlText(std::string_view bytes, const pugi::xml_node& element);

// Parses `bytes` keeping every byte's offset (no end-of-line normalisation,
// white-space text kept); on failure adds a RecordProblem and returns false.
bool ParseXml(std::string_view bytes, pugi::xml_document* document, DocumentBatch* batch);

// `text` as XML character data: & < > escaped.
std::string XmlEscape(std::string_view text);

// The byte offset just after the element's end tag (or its "/>").
size_t EndOfElement(std::string_view bytes, const pugi::xml_node& element);

// Units become one Document: each target is a paragraph of its text, in order.
class BilingualDocumentBuilder {
 public:
  // Appends a unit whose target is `target` (or, when there is none, whose
  // translation would go at file byte `missing_at`).
  void Add(TranslationUnit unit, const XmlText* target, size_t missing_at);
  std::unique_ptr<Document> Finish(const std::string& path, std::string bytes, const std::string& language,
                                   const std::string& source_language);

 private:
  std::string text_;
  SourceMap map_;
  std::vector<TranslationUnit> units_;
};

// The unit's source from its XmlText.
void SetSource(const XmlText& source, TranslationUnit* unit);

}  // namespace translint
