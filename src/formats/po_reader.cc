#include "formats/po_reader.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

namespace translint {

namespace {

// A decoded piece of a string: source bytes -> text bytes (SourceMap::Add's arguments).
struct Piece {
  size_t source_begin, source_length, text_length;
  bool verbatim;
};

// One msgid, msgstr, ... value: its decoded text and how it maps to the file.
struct Value {
  std::string text;
  std::vector<Piece> pieces;
  size_t source_begin = 0;  // its first string's opening quote
  size_t source_end = 0;    // after its last string
  int plural = 0;           // N of msgstr[N]
};

// Decodes the quoted string that starts at `quote` of `line` (which starts at
// file offset `offset`) onto `value`; returns false when it is not terminated
// or is followed by more than white space.
bool DecodeString(std::string_view line, size_t quote, size_t offset, Value* value) {
  if (value->source_end == 0) value->source_begin = offset + quote;
  size_t i = quote + 1;
  while (i < line.size() && line[i] != '"') {
    if (line[i] != '\\') {
      size_t end = i;
      while (end < line.size() && line[end] != '"' && line[end] != '\\') ++end;
      value->text.append(line.substr(i, end - i));
      value->pieces.push_back({offset + i, end - i, end - i, true});
      i = end;
      continue;
    }
    if (i + 1 >= line.size()) return false;
    char c = line[i + 1];
    switch (c) {
      case 'n': c = '\n'; break;
      case 't': c = '\t'; break;
      case 'r': c = '\r'; break;
      case 'a': c = '\a'; break;
      case 'b': c = '\b'; break;
      case 'f': c = '\f'; break;
      case 'v': c = '\v'; break;
      default: break;  // \" \\ and anything else: the character itself
    }
    value->text.push_back(c);
    value->pieces.push_back({offset + i, 2, 1, false});
    i += 2;
  }
  if (i >= line.size()) return false;
  value->source_end = offset + i + 1;
  return line.substr(i + 1).find_first_not_of(" \t") == std::string_view::npos;
}

class PoParser {
 public:
  PoParser(const std::string& path, DocumentBatch* batch) : path_(path), batch_(batch) {}

  void Line(std::string_view line, size_t offset, size_t number) {
    const size_t start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos) return EndEntry();
    if (line[start] == '#') {
      // Comments and flags come before an entry (so one after a msgstr starts the
      // next); "#~" lines are obsolete entries.
      if (saw_msgstr_) EndEntry();
      EndValue();
      if (line.substr(start, 2) == "#," && HasFlag(line.substr(start + 2), "fuzzy")) fuzzy_ = true;
      return;
    }
    if (line[start] == '"') {
      if (current_ == nullptr) return Problem(line, offset, number, "a string continues no msgid or msgstr");
      if (!DecodeString(line, start, offset, current_)) return Problem(line, offset, number, Unterminated());
      return;
    }
    const size_t key_end = line.find_first_of(" \t", start);
    const std::string_view key = line.substr(start, key_end - start);
    const size_t quote = key_end == std::string_view::npos ? key_end : line.find_first_not_of(" \t", key_end);
    if (quote == std::string_view::npos || line[quote] != '"' || !Known(key)) {
      return Problem(line, offset, number,
                     "not PO syntax: expected msgctxt, msgid, msgid_plural, msgstr or msgstr[N] and a \"string\", "
                     "a continued \"string\" or a # comment; the line is skipped");
    }
    if ((key == "msgid" || key == "msgctxt") && saw_msgstr_) EndEntry();  // entries need no blank line between them
    EndValue();
    current_ = &values_.emplace_back();
    is_msgstr_ = key.rfind("msgstr", 0) == 0;
    if (key == "msgctxt") context_ = current_;
    if (key == "msgid") msgid_ = current_;
    if (key == "msgid_plural") msgid_plural_ = current_;
    if (key.size() > 6 && is_msgstr_) current_->plural = std::stoi(std::string(key.substr(7, key.size() - 8)));
    saw_msgstr_ |= is_msgstr_;
    if (!DecodeString(line, quote, offset, current_)) Problem(line, offset, number, Unterminated());
  }

  void Finish(std::string bytes) {
    EndEntry();
    const std::string declared = SupportedLanguage(language_);
    DocumentMeta meta;
    meta.language = language_;
    auto source = std::make_shared<DocumentSource>(std::move(bytes), 0, 1, &PoEscape);
    auto document = std::make_unique<Document>(path_, std::move(text_), declared.empty() ? default_language_ : declared,
                                               DocumentFormat::kPlainText, std::move(meta), std::move(source),
                                               std::move(map_));
    document->SetUnits(std::move(units_), PrimaryLanguage(source_language_));
    batch_->documents.insert(batch_->documents.begin(), std::move(document));
  }

  void set_default_language(std::string language) { default_language_ = std::move(language); }

 private:
  // Whether the comma-separated flags of a "#," line include `flag`.
  static bool HasFlag(std::string_view flags, std::string_view flag) {
    size_t at = 0;
    while (at <= flags.size()) {
      size_t end = std::min(flags.find(',', at), flags.size());
      std::string_view f = flags.substr(at, end - at);
      while (!f.empty() && (f.front() == ' ' || f.front() == '\t')) f.remove_prefix(1);
      while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) f.remove_suffix(1);
      if (f == flag) return true;
      at = end + 1;
    }
    return false;
  }

  static bool Known(std::string_view key) {
    if (key == "msgctxt" || key == "msgid" || key == "msgid_plural" || key == "msgstr") return true;
    return key.size() > 8 && key.size() <= 11 && key.rfind("msgstr[", 0) == 0 && key.back() == ']' &&  // N < 1000
           key.substr(7, key.size() - 8).find_first_not_of("0123456789") == std::string_view::npos;
  }

  std::string Unterminated() const { return "a \"string\" that is not closed, or text after its closing quote; the line is skipped"; }

  // The value being read is complete: a translation becomes a paragraph of the text.
  void EndValue() {
    if (current_ != nullptr && is_msgstr_ && msgid_ != nullptr) {
      const bool header = msgid_->text.empty() && context_ == nullptr;
      if (header) {
        ReadHeader(current_->text);
      } else {
        AddTranslation(*current_);
      }
    }
    current_ = nullptr;
    is_msgstr_ = false;
  }

  // A translation becomes a paragraph of the text and, with its msgid, a unit.
  void AddTranslation(const Value& msgstr) {
    TranslationUnit unit;
    if (!msgstr.text.empty()) {
      if (!text_.empty()) {
        map_.Add(msgstr.pieces.front().source_begin, 0, 2, false);  // a paragraph break between translations
        text_ += "\n\n";
      }
      unit.target.begin = text_.size();
      text_ += msgstr.text;
      for (const Piece& p : msgstr.pieces) map_.Add(p.source_begin, p.source_length, p.text_length, p.verbatim);
    } else {
      unit.target.begin = text_.size();
    }
    unit.target.end = text_.size();
    unit.target_file_offset = msgstr.source_begin;
    const Value& source = msgstr.plural > 0 && msgid_plural_ != nullptr ? *msgid_plural_ : *msgid_;
    unit.source = source.text;
    unit.source_in_file = Span{source.source_begin, source.source_end};
    for (const Piece& p : source.pieces) unit.source_map.Add(p.source_begin, p.source_length, p.text_length, p.verbatim);
    unit.id = context_ != nullptr ? context_->text + "|" + msgid_->text : msgid_->text;
    unit.fuzzy = fuzzy_;
    units_.push_back(std::move(unit));
  }

  void EndEntry() {
    EndValue();
    values_.clear();
    msgid_ = msgid_plural_ = context_ = nullptr;
    saw_msgstr_ = fuzzy_ = false;
  }

  // "Language: de_DE\n" among the header's fields.
  void ReadHeader(std::string_view header) {
    size_t at = 0;
    while (at < header.size()) {
      size_t end = header.find('\n', at);
      if (end == std::string_view::npos) end = header.size();
      const std::string_view field = header.substr(at, end - at);
      for (auto [name, out] : {std::pair{std::string_view("Language:"), &language_},
                               std::pair{std::string_view("X-Source-Language:"), &source_language_}}) {
        if (field.rfind(name, 0) != 0) continue;
        const std::string_view v = field.substr(name.size());
        const size_t b = v.find_first_not_of(' ');
        if (b != std::string_view::npos) *out = std::string(v.substr(b, v.find_last_not_of(" \r") + 1 - b));
      }
      at = end + 1;
    }
  }

  void Problem(std::string_view line, size_t offset, size_t number, std::string message) {
    batch_->problems.push_back(RecordProblem{offset, number, 1, std::string(line.substr(0, 200)), std::move(message)});
  }

  const std::string& path_;
  DocumentBatch* batch_;
  std::string default_language_;
  std::string text_;
  SourceMap map_;
  std::string language_, source_language_;  // from the header
  std::vector<TranslationUnit> units_;
  std::deque<Value> values_;  // of the current entry (stable addresses)
  Value* current_ = nullptr;   // the value its continued strings add to
  Value* msgid_ = nullptr;
  Value* msgid_plural_ = nullptr;
  Value* context_ = nullptr;
  bool is_msgstr_ = false, saw_msgstr_ = false, fuzzy_ = false;
};

}  // namespace

std::string PoEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

DocumentBatch ReadPo(const std::string& path, std::string bytes, const ReadOptions& options) {
  DocumentBatch batch;
  PoParser parser(path, &batch);
  parser.set_default_language(options.language);
  const std::string_view view(bytes);
  size_t pos = view.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0, number = 1;
  while (pos < view.size()) {
    size_t end = view.find('\n', pos);
    if (end == std::string_view::npos) end = view.size();
    size_t stop = end;
    if (stop > pos && view[stop - 1] == '\r') --stop;
    parser.Line(view.substr(pos, stop - pos), pos, number);
    pos = end + 1;
    ++number;
  }
  parser.Finish(std::move(bytes));
  return batch;
}

}  // namespace translint
