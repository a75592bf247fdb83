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

Document::Document(std::string path, std::string text, std::string language)
    : Document(path, std::move(text), std::move(language), FormatForPath(path)) {}

Document::Document(std::string path, std::string text, std::string language, DocumentFormat format)
    : path_(std::move(path)),
      text_(std::move(text)),
      language_(std::move(language)),
      format_(format),
      lines_(text_) {}

}  // namespace translint
