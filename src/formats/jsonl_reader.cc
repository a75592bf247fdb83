#include "formats/jsonl_reader.h"

#include <simdjson.h>

#include <cstdio>

#include "base/iso_date.h"
#include "base/utf8.h"
#include "bilingual/alignment.h"

namespace translint {

namespace {

int32_t Hex4(std::string_view s, size_t at) {
  if (at + 4 > s.size()) return -1;
  int32_t v = 0;
  for (size_t i = at; i < at + 4; ++i) {
    const int h = HexValue(s[i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// Decodes the JSON string whose opening quote is at `quote` of `line` into
// `text`, recording the pieces in `map` (offsets into `line`). The line has
// been validated, so the string is well formed.
void DecodeString(std::string_view line, size_t quote, std::string* text, SourceMap* map) {
  size_t i = quote + 1;
  while (i < line.size() && line[i] != '"') {
    if (line[i] != '\\') {
      size_t end = i;
      while (end < line.size() && line[end] != '"' && line[end] != '\\') ++end;
      text->append(line.substr(i, end - i));
      map->Add(i, end - i, end - i, true);
      i = end;
      continue;
    }
    const char e = i + 1 < line.size() ? line[i + 1] : '\\';
    size_t length = 2;
    const size_t before = text->size();
    switch (e) {
      case 'b': text->push_back('\b'); break;
      case 'f': text->push_back('\f'); break;
      case 'n': text->push_back('\n'); break;
      case 'r': text->push_back('\r'); break;
      case 't': text->push_back('\t'); break;
      case 'u': {
        int32_t cp = Hex4(line, i + 2);
        length = 6;
        if (cp >= 0xD800 && cp < 0xDC00 && line.substr(i + 6, 2) == "\\u") {
          const int32_t low = Hex4(line, i + 8);
          if (low >= 0xDC00 && low < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            length = 12;
          }
        }
        if (cp < 0 || (cp >= 0xD800 && cp < 0xE000)) cp = 0xFFFD;  // a lone surrogate
        AppendUtf8(cp, text);
        break;
      }
      default: text->push_back(e); break;  // \" \\ \/
    }
    map->Add(i, length, text->size() - before, false);
    i += length;
  }
}

std::string LineText(std::string_view line) { return ToValidUtf8(line.substr(0, 500)); }

// The first field of `names` that `object` has, as a string ("" if none or not a string).
std::string StringField(simdjson::dom::object object, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    simdjson::dom::element value;
    if (object.at_key(name).get(value) != simdjson::SUCCESS) continue;
    std::string_view s;
    if (value.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
    int64_t n;
    if (value.get_int64().get(n) == simdjson::SUCCESS) return std::to_string(n);
  }
  return "";
}

class LineReader {
 public:
  LineReader(const std::string& path, const ReadOptions& options, DocumentBatch* batch)
      : path_(path), options_(options), batch_(batch) {}

  void Read(std::string_view line, size_t offset, size_t line_number) {
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
    const simdjson::padded_string padded(line);
    simdjson::dom::element root;
    if (const auto error = dom_.parse(padded).get(root); error != simdjson::SUCCESS) {
      return Problem(line, offset, line_number, std::string("the line is not valid JSON (") +
                                                    simdjson::error_message(error) + "); the record is skipped");
    }
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) {
      return Problem(line, offset, line_number, "the record is not a JSON object; it is skipped");
    }
    const std::string* field = TextField(object);
    if (field == nullptr) return Problem(line, offset, line_number, MissingText());
    const size_t quote = ValueOffset(padded, *field);
    if (quote >= line.size() || line[quote] != '"') {
      return Problem(line, offset, line_number, "the field \"" + *field + "\" is not a string; the record is skipped");
    }
    std::string text;
    SourceMap map;
    DecodeString(line, quote, &text, &map);
    DocumentMeta meta;
    const ArchiveFields& f = options_.fields;
    meta.title = StringField(object, f.title);
    meta.date = IsoDate(StringField(object, f.date));
    meta.outlet = StringField(object, f.outlet);
    meta.id = StringField(object, f.id);
    meta.language = StringField(object, f.language);
    const std::string declared = SupportedLanguage(meta.language);
    auto source = std::make_shared<DocumentSource>(std::string(line), offset, line_number, &JsonEscape);
    auto document = std::make_unique<Document>(path_, std::move(text), declared.empty() ? options_.language : declared,
                                               DocumentFormat::kPlainText, std::move(meta), source, std::move(map));
    PairWithSourceField(object, padded, line, source, document.get());
    batch_->documents.push_back(std::move(document));
  }

 private:
  // A record with a source field (`archive: { source: FIELD }`) is checked
  // against it, paragraph by paragraph, its notes pointing into the field.
  void PairWithSourceField(simdjson::dom::object object, const simdjson::padded_string& padded, std::string_view line,
                           const std::shared_ptr<const DocumentSource>& bytes, Document* document) {
    for (const std::string& name : options_.fields.source) {
      simdjson::dom::element value;
      if (object.at_key(name).get(value) != simdjson::SUCCESS || !value.is_string()) continue;
      const size_t quote = ValueOffset(padded, name);
      if (quote >= line.size() || line[quote] != '"') return;
      std::string text;
      SourceMap map;
      DecodeString(line, quote, &text, &map);
      auto source = std::make_shared<Document>(path_, std::move(text), "", DocumentFormat::kPlainText, DocumentMeta{},
                                               bytes, std::move(map));
      AttachSource(document, std::move(source));
      return;
    }
  }

  const std::string* TextField(simdjson::dom::object object) const {
    for (const std::string& name : options_.fields.text) {
      simdjson::dom::element value;
      if (object.at_key(name).get(value) == simdjson::SUCCESS) return &name;
    }
    return nullptr;
  }

  // The offset of the raw value of top-level field `name` in the line.
  size_t ValueOffset(const simdjson::padded_string& padded, const std::string& name) {
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    if (on_demand_.iterate(padded).get(doc) != simdjson::SUCCESS || doc.get_object().get(object) != simdjson::SUCCESS) {
      return std::string::npos;
    }
    for (auto field : object) {
      std::string_view key;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS) break;
      if (key != name) continue;
      std::string_view raw = field.value().raw_json_token();
      return static_cast<size_t>(raw.data() - padded.data());
    }
    return std::string::npos;
  }

  std::string MissingText() const {
    std::string names;
    for (const std::string& n : options_.fields.text) names += (names.empty() ? "\"" : ", \"") + n + "\"";
    return "the record has no text field (looked for " + names +
           "; name yours with `archive: { text: FIELD }` in .translint.yaml); it is skipped";
  }

  void Problem(std::string_view line, size_t offset, size_t line_number, std::string message) {
    batch_->problems.push_back(RecordProblem{offset, line_number, 1, LineText(line), std::move(message)});
  }

  const std::string& path_;
  const ReadOptions& options_;
  DocumentBatch* batch_;
  simdjson::dom::parser dom_;
  simdjson::ondemand::parser on_demand_;
};

}  // namespace

std::string JsonEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "\\u%04x", static_cast<unsigned char>(c));
          out += hex;
        } else {
          out.push_back(c);
        }
    }
  }
  return out;
}

DocumentBatch ReadJsonLines(const std::string& path, std::string_view bytes, const ReadOptions& options,
                            size_t file_offset, size_t first_line) {
  DocumentBatch batch;
  LineReader reader(path, options, &batch);
  size_t pos = 0, line_number = first_line;
  if (file_offset == 0 && bytes.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos < bytes.size()) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    size_t stop = end;
    if (stop > pos && bytes[stop - 1] == '\r') --stop;
    reader.Read(bytes.substr(pos, stop - pos), file_offset + pos, line_number);
    pos = end + 1;
    ++line_number;
  }
  return batch;
}

}  // namespace translint
