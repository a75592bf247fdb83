// Document: the immutable text of one input, with its path, language and format.
//
// A Document owns its bytes; Spans, LineIndex and every string_view handed out
// point into them and live as long as the Document. `text` is the file exactly
// as read (BOM and line endings included): fixes are applied to these bytes, so
// whatever translint does not edit stays byte-for-byte the same. Immutable after
// construction and safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "text/line_index.h"

namespace translint {

enum class DocumentFormat { kPlainText, kMarkdown };

// Markdown for .md/.markdown paths, plain text otherwise.
DocumentFormat FormatForPath(std::string_view path);

class Document {
 public:
  Document(std::string path, std::string text, std::string language);
  Document(std::string path, std::string text, std::string language, DocumentFormat format);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  // Target language of the text: "en", "de", "fr", ...
  const std::string& language() const { return language_; }
  DocumentFormat format() const { return format_; }
  const LineIndex& lines() const { return lines_; }

 private:
  std::string path_;
  std::string text_;
  std::string language_;
  DocumentFormat format_;
  LineIndex lines_;
};

}  // namespace translint
