// TranslationUnit: one source segment and its translation in a bilingual input
// (a PO entry's msgid and msgstr, an XLIFF <source> and <target>), the input of
// the checks that compare a translation with its source (group source/).
//
// The target is a span of the Document's text (empty when there is no
// translation yet: then `target_file_offset` says where its string is); the
// source is kept decoded, with its place in the file and a map onto it for
// the notes of findings.
// A plain value.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "text/source_map.h"
#include "text/span.h"

namespace translint {

class Document;

struct TranslationUnit {
  Span target;                    // in the Document's text
  size_t target_file_offset = 0;  // the file's byte where the target's string starts
  std::string source;             // decoded
  Span source_in_file;            // the source's bytes in the Document's source_text(), quotes and markup included
  SourceMap source_map;           // `source` -> the Document's source_text() bytes (for notes at a source span)
  // When the source is another file (paired documents): that Document; then
  // `source_map` and `source_in_file` are in its text.
  std::shared_ptr<const Document> source_document;
  std::string id;                 // what names the unit in its file ("msgctxt|msgid", an XLIFF id)
  bool fuzzy = false;             // a draft the translator has not confirmed
  std::string note;               // the translator's note (XLIFF <note>), if any
  // Inline codes of XML formats, as written (`<x id="1"/>`): not text, compared.
  std::vector<std::string> source_markup, target_markup;
};

}  // namespace translint
