// JSON Lines archives: one article per line, each a JSON object.
//
//   {"id": "kp.235560", "date": "2021-03-05", "outlet": "24.kg", "title": "...", "text": "..."}
//
// Each record is a Document whose text is the decoded string of its text field
// (the first of ArchiveFields::text present); title, date, outlet, id and
// language come from the other fields. The Document keeps its line as its
// DocumentSource, with a SourceMap through the string's escapes, so a finding is
// reported at the file's line and column and a fix rewrites the field inside
// its line, JSON-escaped, leaving every other byte of the file as it was.
// A record with a source field (ArchiveFields::source: "source_text") is
// checked against it: its paragraphs are aligned with the source's
// (bilingual/alignment.h), the notes pointing into that field.
// A blank line is skipped; a line that is not valid JSON, is not an object, or
// has no text string is a RecordProblem at that line, and the next lines are
// still read. Parsing uses simdjson (fast, validates UTF-8 and the whole line).
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "formats/reader.h"

namespace translint {

DocumentBatch ReadJsonLines(const std::string& path, std::string_view bytes, const ReadOptions& options,
                            size_t file_offset, size_t first_line);

// `text` as the inside of a JSON string: quotes, backslashes and control
// characters escaped, everything else (UTF-8 included) as it is.
std::string JsonEscape(std::string_view text);

}  // namespace translint
