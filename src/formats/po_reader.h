// Gettext PO and POT catalogs: the translations (msgstr) are the text.
//
//   #, fuzzy
//   msgid "Sadyr Japarov met the delegation."
//   msgstr ""
//   "Садыр Жапаров встретился "
//   "с делегацией."
//
// One Document per file whose text is every msgstr string (each plural form
// msgstr[N] too), decoded, one paragraph per string; the msgid (the source),
// msgctxt, comments and obsolete entries (#~) are not text, so they are neither
// spell-checked nor reported as untranslated. The header entry (msgid "") is not
// text either: its "Language:" field is the document's language, and
// "X-Source-Language:" (when there) the sources'. Each msgstr is also a
// TranslationUnit with its msgid (msgid_plural for msgstr[N], N > 0), the
// entry's context and its fuzzy flag, for the checks against the source. The Document
// keeps the file as its DocumentSource with a SourceMap through the strings'
// escapes and line continuations, so findings point at the file's line and
// column and a fix rewrites the string's bytes, C-escaped, leaving every other
// byte as it was. A line that is none of the PO syntax is a RecordProblem at its
// place; the rest is still read.
//
// Why not libgettextpo: it gives no byte offsets of the strings (only the "#:"
// references) and writes a catalog back in its own layout, while translint's
// findings need exact places and its fixes must keep every other byte.
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "formats/reader.h"

namespace translint {

DocumentBatch ReadPo(const std::string& path, std::string bytes, const ReadOptions& options);

// `text` as the inside of a PO string: quotes, backslashes, tabs and line breaks escaped.
std::string PoEscape(std::string_view text);

}  // namespace translint
