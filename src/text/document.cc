#include "text/document.h"

#include <utility>

namespace translint {

DocumentFormat FormatForPath(std::string_view path) {
  const auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  return ends_with(".md") || ends_with(".markdown") ? DocumentFormat::kMarkdown
                                                   : DocumentFormat::kPlainText;
}

DocumentSource::DocumentSource(std::string bytes, size_t file_offset, size_t first_line,
                               std::string (*escape)(std::string_view))
    : bytes_(std::move(bytes)), file_offset_(file_offset), first_line_(first_line), escape_(escape), lines_(bytes_) {}

Document::Document(std::string path, std::string text, std::string language)
    : Document(path, std::move(text), std::move(language), FormatForPath(path)) {}

Document::Document(std::string path, std::string text, std::string language, DocumentFormat format)
    : Document(std::move(path), std::move(text), std::move(language), format, {}, nullptr, {}) {}

Document::Document(std::string path, std::string text, std::string language, DocumentFormat format,
                   DocumentMeta meta, std::shared_ptr<const DocumentSource> source, SourceMap map)
    : path_(std::move(path)),
      text_(std::move(text)),
      language_(std::move(language)),
      format_(format),
      meta_(std::move(meta)),
      source_(std::move(source)),
      map_(std::move(map)),
      lines_(text_) {}

Span Document::SourceSpan(Span span) const {
  if (!source_) return span;
  const size_t base = source_->file_offset();
  return Span{base + map_.ToSource(span.begin, false), base + map_.ToSource(span.end, true)};
}

Position Document::SourcePosition(size_t offset, bool is_end) const {
  return source_ ? PositionOfSourceByte(map_.ToSource(offset, is_end)) : lines_.PositionOf(offset);
}

std::string_view Document::SourceLineAt(size_t offset) const {
  return source_ ? SourceLineOfByte(map_.ToSource(offset, false)) : lines_.LineAt(offset);
}

Position Document::PositionOfSourceByte(size_t byte) const {
  if (!source_) return lines_.PositionOf(byte);
  Position p = source_->lines().PositionOf(byte);
  p.line += source_->first_line() - 1;
  return p;
}

std::string_view Document::SourceLineOfByte(size_t byte) const {
  return source_ ? source_->lines().LineAt(byte) : lines_.LineAt(byte);
}

std::optional<std::vector<Edit>> Document::ToSourceEdits(const std::vector<Edit>& edits) const {
  if (!source_) return edits;
  std::vector<Edit> out;
  for (const Edit& e : edits) {
    const Span wide = map_.Widen(e.span);
    if (!map_.Contiguous(wide)) return std::nullopt;
    const std::string_view text = text_;
    std::string replacement(text.substr(wide.begin, e.span.begin - wide.begin));
    replacement += e.replacement;
    replacement += text.substr(e.span.end, wide.end - e.span.end);
    out.push_back(Edit{SourceSpan(wide), source_->Escape(replacement)});
  }
  return out;
}

}  // namespace translint
