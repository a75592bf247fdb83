// Readers: the bytes of one input file -> the Documents it holds.
//
//  - plain text and Markdown: one Document, the file's bytes as they are; front
//    matter (text/front_matter.h) gives its metadata;
//  - JSON Lines (.jsonl): one Document per record (jsonl_reader.h);
//  - HTML (.html, .htm): one Document, the visible text of the article
//    (html_reader.h);
//  - Gettext catalogs (.po, .pot): one Document, the translations (po_reader.h);
//  - XLIFF 1.2 / 2.0 (.xlf, .xliff) and TMX (.tmx): one Document, the targets
//    (xliff_reader.h, tmx_reader.h).
// A bilingual input's Document also holds its TranslationUnits (source beside target).
// Every Document's spans map back to the file's bytes (Document::SourceSpan), so
// findings point at the file and fixes edit it. A part of a file that cannot be
// read (a JSONL line that is not JSON) is a RecordProblem at its place; the rest
// is still read. A file that is not valid UTF-8 or is binary is returned as one
// plain Document for the input checks to report. Pure functions; thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace translint {

enum class InputFormat { kPlainText, kMarkdown, kJsonLines, kHtml, kPo, kXliff, kTmx };

InputFormat InputFormatForPath(std::string_view path);

// Field names of archive records, each a list of names tried in order.
struct ArchiveFields {
  std::vector<std::string> text = {"text", "body", "content"};
  std::vector<std::string> title = {"title", "headline"};
  std::vector<std::string> date = {"date", "published", "published_at", "datePublished"};
  std::vector<std::string> outlet = {"outlet", "source", "publisher", "site"};
  std::vector<std::string> id = {"url", "id"};
  std::vector<std::string> language = {"language", "lang"};
  // The text the record translates: with one, the record is checked against it.
  std::vector<std::string> source = {"source_text", "original_text"};
};

struct ReadOptions {
  std::string language = "en";  // of documents that do not declare a supported one
  ArchiveFields fields;
  std::optional<InputFormat> format;  // nullopt: by the path's extension
  // The file of the sources of a monolingual input (`--source DIR`); "" = the
  // sibling by name ("a.ru.md" beside "a.en.md"), if there is one.
  std::string source_path;
};

// A part of a file that could not be read; line and column are the file's.
struct RecordProblem {
  size_t offset = 0;
  size_t line = 1, column = 1;
  std::string line_text;
  std::string message;
};

struct DocumentBatch {
  std::vector<std::unique_ptr<Document>> documents;  // in file order
  std::vector<RecordProblem> problems;
};

// Reads `bytes`, which start at byte `file_offset` and line `first_line` of the
// file `path` (the whole file, or whole lines of a JSON Lines archive).
DocumentBatch ReadDocuments(const std::string& path, std::string bytes, const ReadOptions& options,
                            size_t file_offset = 0, size_t first_line = 1);

// The metadata in a document's front matter, or {} when it has none.
DocumentMeta FrontMatterMeta(std::string_view text, bool markdown);

// The language a document declares, when translint supports it ("EN-us" -> "en"), else "".
std::string SupportedLanguage(std::string_view declared);
// Its primary subtag, lower-cased, whether supported or not ("ru_RU.UTF-8" -> "ru").
std::string PrimaryLanguage(std::string_view declared);

}  // namespace translint
