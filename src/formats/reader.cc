#include "formats/reader.h"

#include <cctype>

#include "base/iso_date.h"
#include "base/utf8.h"
#include "formats/html_reader.h"
#include "formats/jsonl_reader.h"
#include "formats/po_reader.h"
#include "formats/tmx_reader.h"
#include "formats/xliff_reader.h"
#include "text/front_matter.h"

namespace translint {

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  }
  return true;
}

// Not text: the input checks report it on the bytes as they are.
bool Unreadable(std::string_view bytes) {
  return FindInvalidUtf8(bytes) != std::string_view::npos ||
         bytes.substr(0, 8192).find('\0') != std::string_view::npos;
}

const std::string* First(const std::map<std::string, std::string>& pairs, const std::vector<std::string>& keys) {
  for (const std::string& k : keys) {
    const auto it = pairs.find(k);
    if (it != pairs.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace

InputFormat InputFormatForPath(std::string_view path) {
  if (EndsWith(path, ".jsonl")) return InputFormat::kJsonLines;
  if (EndsWith(path, ".html") || EndsWith(path, ".htm")) return InputFormat::kHtml;
  if (EndsWith(path, ".md") || EndsWith(path, ".markdown")) return InputFormat::kMarkdown;
  if (EndsWith(path, ".po") || EndsWith(path, ".pot")) return InputFormat::kPo;
  if (EndsWith(path, ".xlf") || EndsWith(path, ".xliff")) return InputFormat::kXliff;
  if (EndsWith(path, ".tmx")) return InputFormat::kTmx;
  return InputFormat::kPlainText;
}

std::string PrimaryLanguage(std::string_view declared) {
  std::string code;
  for (char c : declared) {
    if (c == '-' || c == '_' || c == '.' || c == '@') break;
    code.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return code;
}

std::string SupportedLanguage(std::string_view declared) {
  const std::string code = PrimaryLanguage(declared);
  for (const char* known : {"en", "de", "fr", "ru"}) {
    if (code == known) return code;
  }
  return "";
}

DocumentMeta FrontMatterMeta(std::string_view text, bool markdown) {
  const std::map<std::string, std::string> pairs = ReadFrontMatter(text, !markdown);
  const ArchiveFields fields;
  DocumentMeta meta;
  if (const std::string* v = First(pairs, fields.title)) meta.title = *v;
  if (const std::string* v = First(pairs, fields.date)) meta.date = IsoDate(*v);
  if (const std::string* v = First(pairs, fields.outlet)) meta.outlet = *v;
  if (const std::string* v = First(pairs, fields.language)) meta.language = *v;
  if (const std::string* v = First(pairs, fields.id)) meta.id = *v;
  return meta;
}

DocumentBatch ReadDocuments(const std::string& path, std::string bytes, const ReadOptions& options,
                            size_t file_offset, size_t first_line) {
  DocumentBatch batch;
  const InputFormat format = options.format.value_or(InputFormatForPath(path));
  if (format == InputFormat::kJsonLines) return ReadJsonLines(path, bytes, options, file_offset, first_line);
  if (format == InputFormat::kHtml && !Unreadable(bytes)) return ReadHtml(path, std::move(bytes), options);
  if (format == InputFormat::kPo && !Unreadable(bytes)) return ReadPo(path, std::move(bytes), options);
  if (format == InputFormat::kXliff && !Unreadable(bytes)) return ReadXliff(path, std::move(bytes), options);
  if (format == InputFormat::kTmx && !Unreadable(bytes)) return ReadTmx(path, std::move(bytes), options);
  const DocumentFormat kind = format == InputFormat::kMarkdown ? DocumentFormat::kMarkdown : DocumentFormat::kPlainText;
  DocumentMeta meta = Unreadable(bytes) ? DocumentMeta{} : FrontMatterMeta(bytes, kind == DocumentFormat::kMarkdown);
  const std::string declared = SupportedLanguage(meta.language);
  batch.documents.push_back(std::make_unique<Document>(path, std::move(bytes),
                                                      declared.empty() ? options.language : declared, kind,
                                                      std::move(meta), nullptr, SourceMap{}));
  return batch;
}

}  // namespace translint
