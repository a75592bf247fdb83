// Document: the immutable text of one input, with its path, language, format
// and metadata.
//
// A Document owns its bytes; Spans, LineIndex and every string_view handed out
// point into them and live as long as the Document. For a plain-text or Markdown
// file, `text` is the file exactly as read (BOM and line endings included):
// fixes are applied to these bytes, so whatever translint does not edit stays
// byte-for-byte the same. A Document read out of a container format (a record
// of a JSON Lines archive, the visible text of an HTML page) also holds its
// DocumentSource, the bytes it was read from, and a SourceMap from its text to
// them: SourceSpan(), SourcePosition() and ToSourceEdits() answer in the file's
// bytes, lines and columns, so findings point at the file and fixes edit it with
// the format's escaping. Immutable after construction; safe to share between threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/edit.h"
#include "text/line_index.h"
#include "text/source_map.h"
#include "text/translation_unit.h"

namespace translint {

enum class DocumentFormat { kPlainText, kMarkdown };

// Markdown for .md/.markdown paths, plain text otherwise.
DocumentFormat FormatForPath(std::string_view path);

// What a document says about itself (front matter, JSON fields, HTML meta).
struct DocumentMeta {
  std::string title;
  std::string date;  // ISO 8601 calendar date, "YYYY-MM-DD", or ""
  std::string outlet;
  std::string language;  // as the document declares it ("" when it does not)
  std::string id;        // id or URL
};

// The bytes a Document was read from, shared by the documents of one file part.
class DocumentSource {
 public:
  // `bytes` start at byte `file_offset` and line `first_line` of the file;
  // `escape` writes text the way the format stores it.
  DocumentSource(std::string bytes, size_t file_offset, size_t first_line, std::string (*escape)(std::string_view));
  DocumentSource(const DocumentSource&) = delete;
  DocumentSource& operator=(const DocumentSource&) = delete;

  std::string_view bytes() const { return bytes_; }
  size_t file_offset() const { return file_offset_; }
  size_t first_line() const { return first_line_; }
  const LineIndex& lines() const { return lines_; }
  std::string Escape(std::string_view text) const { return escape_ ? escape_(text) : std::string(text); }

 private:
  std::string bytes_;
  size_t file_offset_;
  size_t first_line_;
  std::string (*escape_)(std::string_view);
  LineIndex lines_;
};

class Document {
 public:
  Document(std::string path, std::string text, std::string language);
  Document(std::string path, std::string text, std::string language, DocumentFormat format);
  // A document read out of `source`; `map` maps `text` onto source->bytes().
  Document(std::string path, std::string text, std::string language, DocumentFormat format, DocumentMeta meta,
           std::shared_ptr<const DocumentSource> source, SourceMap map);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  // Target language of the text: "en", "de", "fr", ...
  const std::string& language() const { return language_; }
  DocumentFormat format() const { return format_; }
  const LineIndex& lines() const { return lines_; }
  const DocumentMeta& meta() const { return meta_; }

  // The bytes the text was read from (the text itself for a plain file), and
  // where they start in the file.
  std::string_view source_text() const { return source_ ? source_->bytes() : text_; }
  size_t source_offset() const { return source_ ? source_->file_offset() : 0; }

  // A span of the text as a span of the file's bytes.
  Span SourceSpan(Span span) const;
  // The file position of a text offset, and the file line that holds it.
  Position SourcePosition(size_t offset, bool is_end) const;
  std::string_view SourceLineAt(size_t offset) const;
  // The same for byte `byte` of source_text() (a unit's source, which is no text).
  Position PositionOfSourceByte(size_t byte) const;
  std::string_view SourceLineOfByte(size_t byte) const;
  // Edits of the text as edits of the file, written with the format's escaping;
  // nullopt when an edit would also replace markup (it spans two HTML blocks).
  std::optional<std::vector<Edit>> ToSourceEdits(const std::vector<Edit>& edits) const;

  // A bilingual input's units, in text order, and the language of their sources
  // ("" when the input does not say). Empty for a monolingual document.
  const std::vector<TranslationUnit>& units() const { return units_; }
  const std::string& source_language() const { return source_language_; }
  // Why a paired document could not be aligned with its source ("" when it was, or has none).
  const std::string& alignment_problem() const { return alignment_problem_; }
  // For the reader, before the Document is shared.
  void SetUnits(std::vector<TranslationUnit> units, std::string source_language) {
    units_ = std::move(units);
    source_language_ = std::move(source_language);
  }
  void SetUnaligned(std::string problem) { alignment_problem_ = std::move(problem); }

 private:
  std::string path_;
  std::string text_;
  std::string language_;
  DocumentFormat format_;
  DocumentMeta meta_;
  std::shared_ptr<const DocumentSource> source_;
  SourceMap map_;
  LineIndex lines_;
  std::vector<TranslationUnit> units_;
  std::string source_language_;
  std::string alignment_problem_;
};

}  // namespace translint
