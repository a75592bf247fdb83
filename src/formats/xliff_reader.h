// XLIFF 1.2 and 2.0 (.xlf, .xliff): the targets are the text.
//
//   <trans-unit id="7">                              <unit id="7"><segment state="translated">
//     <source>Садыр Жапаров</source>                   <source>Садыр Жапаров</source>
//     <target state="translated">Sadyr Japarov</target>  <target>Sadyr Japarov</target>
//   </trans-unit>                                     </segment></unit>
//
// One Document per file whose text is every target (an XLIFF 1.2 <trans-unit>'s,
// an XLIFF 2.0 <segment>'s), decoded, one paragraph each; sources, notes and
// everything else are not text. Each is also a TranslationUnit with its source,
// its id, its note and whether it is a draft (1.2 state other than translated,
// final or signed-off; 2.0 state "initial"); a unit marked translate="no" is
// skipped. The languages are the file's (1.2 source-language / target-language
// of the first <file>, 2.0 srcLang / trgLang). Inline codes are kept out of the
// text (formats/xml_text.h). Findings point at the file; a fix rewrites the
// target's character data, XML-escaped, and no other byte. A file that is not
// well-formed XML is a RecordProblem at the parser's place.
// Pure function; thread-safe.
#pragma once

#include <string>

#include "formats/reader.h"

namespace translint {

DocumentBatch ReadXliff(const std::string& path, std::string bytes, const ReadOptions& options);

}  // namespace translint
