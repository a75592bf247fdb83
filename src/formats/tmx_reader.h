// TMX 1.4 translation memories (.tmx): each <tu>'s target <seg> is the text.
//
//   <header srclang="ru" .../>
//   <tu tuid="7"><tuv xml:lang="ru"><seg>Садыр Жапаров</seg></tuv>
//                <tuv xml:lang="en"><seg>Sadyr Japarov</seg></tuv></tu>
//
// One Document per file: the source variant of a <tu> is the one in the
// header's srclang (the first <tuv> when srclang is "*all*" or absent), the
// target the first variant in another language; the target language is that
// variant's. Each <tu> is a TranslationUnit (its tuid as id, its <note>);
// inline codes (<bpt>, <ept>, <ph>, <it>, <ut>) are kept out of the text,
// <hi> read through (formats/xml_text.h). Findings point at the file; a fix
// rewrites the target's character data, XML-escaped. A file that is not
// well-formed XML is a RecordProblem. Pure function; thread-safe.
#pragma once

#include <string>

#include "formats/reader.h"

namespace translint {

DocumentBatch ReadTmx(const std::string& path, std::string bytes, const ReadOptions& options);

}  // namespace translint
