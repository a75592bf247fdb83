#include "formats/xml_text.h"

#include <cstring>

#include "base/utf8.h"

namespace translint {

namespace {

bool IsTextElement(std::string_view name) {
  for (const char* n : {"g", "mrk", "pc", "hi", "sub"}) {
    if (name == n) return true;
  }
  return false;
}

// Decodes the reference at `at` ("&amp;", "&#1046;"); the text it stands for, or "" when unknown.
std::string Reference(std::string_view bytes, size_t at, size_t* length) {
  const size_t semicolon = bytes.find(';', at);
  if (semicolon == std::string_view::npos || semicolon - at > 12) return "";
  *length = semicolon + 1 - at;
  const std::string_view name = bytes.substr(at + 1, semicolon - at - 1);
  if (name == "amp") return "&";
  if (name == "lt") return "<";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  if (name == "apos") return "'";
  if (name.size() > 1 && name[0] == '#') {
    int32_t cp = 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    for (char c : name.substr(hex ? 2 : 1)) {
      const int v = hex ? HexValue(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
      if (v < 0 || cp > 0x10FFFF) return "";
      cp = cp * (hex ? 16 : 10) + v;
    }
    std::string out;
    if (cp > 0 && cp <= 0x10FFFF) AppendUtf8(cp, &out);
    return out;
  }
  return "";
}

// Character data from file byte `at` up to the next '<'.
void AddCharacterData(std::string_view bytes, size_t at, XmlText* out) {
  size_t i = at;
  while (i < bytes.size() && bytes[i] != '<') {
    size_t end = i;
    while (end < bytes.size() && bytes[end] != '<' && bytes[end] != '&') ++end;
    if (end > i) {
      out->text.append(bytes.substr(i, end - i));
      out->map.Add(i, end - i, end - i, true);
      i = end;
      continue;
    }
    if (bytes[i] != '&') break;
    size_t length = 1;
    const std::string decoded = Reference(bytes, i, &length);
    if (decoded.empty()) {  // not a reference XML knows: the byte as it is
      out->text.push_back('&');
      out->map.Add(i, 1, 1, true);
      ++i;
      continue;
    }
    out->text += decoded;
    out->map.Add(i, length, decoded.size(), false);
    i += length;
  }
}

void AddCData(std::string_view bytes, size_t at, XmlText* out) {
  size_t end = bytes.find("]]>", at);
  if (end == std::string_view::npos) end = bytes.size();
  out->text.append(bytes.substr(at, end - at));
  out->map.Add(at, end - at, end - at, true);
}

void ReadContent(std::string_view bytes, const pugi::xml_node& element, XmlText* out) {
  for (const pugi::xml_node& child : element.children()) {
    const size_t at = static_cast<size_t>(child.offset_debug());
    switch (child.type()) {
      case pugi::node_pcdata: AddCharacterData(bytes, at, out); break;
      case pugi::node_cdata: AddCData(bytes, at, out); break;
      case pugi::node_element:
        if (IsTextElement(child.name())) {
          ReadContent(bytes, child, out);
        } else {
          // The tag as written: from its '<' to the end of the element.
          const size_t begin = at > 0 && bytes[at - 1] == '<' ? at - 1 : at;
          out->markup.emplace_back(bytes.substr(begin, EndOfElement(bytes, child) - begin));
        }
        break;
      default: break;
    }
  }
}

}  // namespace

size_t EndOfElement(std::string_view bytes, const pugi::xml_node& element) {
  size_t at = static_cast<size_t>(element.offset_debug());
  const pugi::xml_node last = element.last_child();
  if (last) {
    at = static_cast<size_t>(last.type() == pugi::node_element ? EndOfElement(bytes, last) : last.offset_debug());
    const std::string close = std::string("</") + element.name();
    const size_t end_tag = bytes.find(close, at);
    if (end_tag == std::string_view::npos) return bytes.size();
    const size_t gt = bytes.find('>', end_tag);
    return gt == std::string_view::npos ? bytes.size() : gt + 1;
  }
  // No children: "<x/>" or "<target></target>".
  const size_t gt = bytes.find('>', at);
  if (gt == std::string_view::npos) return bytes.size();
  if (bytes[gt - 1] == '/') return gt + 1;
  const size_t close = bytes.find('>', gt + 1);
  return close == std::string_view::npos ? bytes.size() : close + 1;
}

XmlText ReadXmlText(std::string_view bytes, const pugi::xml_node& element) {
  XmlText out;
  const size_t gt = bytes.find('>', static_cast<size_t>(element.offset_debug()));
  out.begin = gt == std::string_view::npos ? bytes.size() : gt + 1;
  ReadContent(bytes, element, &out);
  out.end = out.begin + out.text.size();  // refined below for elements with content
  if (element.first_child()) {
    const size_t end = EndOfElement(bytes, element);
    out.end = bytes.rfind('<', end == 0 ? 0 : end - 1);
  }
  return out;
}

bool ParseXml(std::string_view bytes, pugi::xml_document* document, DocumentBatch* batch) {
  const unsigned options = (pugi::parse_default | pugi::parse_ws_pcdata) & ~pugi::parse_eol;
  const pugi::xml_parse_result result = document->load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_utf8);
  if (result) return true;
  const size_t offset = std::min(static_cast<size_t>(result.offset), bytes.size());
  size_t line = 1, line_begin = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      line_begin = i + 1;
    }
  }
  const size_t line_end = std::min(bytes.find('\n', line_begin), bytes.size());
  RecordProblem problem;
  problem.offset = offset;
  problem.line = line;
  problem.column = CountCodePoints(ToValidUtf8(bytes.substr(line_begin, offset - line_begin))) + 1;
  problem.line_text = std::string(bytes.substr(line_begin, std::min<size_t>(line_end - line_begin, 200)));
  problem.message = std::string("not well-formed XML: ") + result.description() + "; the file is not checked";
  batch->problems.push_back(std::move(problem));
  return false;
}

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

void SetSource(const XmlText& source, TranslationUnit* unit) {
  unit->source = source.text;
  unit->source_map = source.map;
  unit->source_in_file = Span{source.begin, std::max(source.begin, source.end)};
  unit->source_markup = source.markup;
}

void BilingualDocumentBuilder::Add(TranslationUnit unit, const XmlText* target, size_t missing_at) {
  if (target != nullptr && !target->text.empty()) {
    if (!text_.empty()) {
      map_.Add(target->begin, 0, 2, false);  // a paragraph break between translations
      text_ += "\n\n";
    }
    unit.target.begin = text_.size();
    text_ += target->text;
    map_.Append(target->map);
    unit.target.end = text_.size();
    unit.target_file_offset = target->begin;
  } else {
    unit.target = Span{text_.size(), text_.size()};
    unit.target_file_offset = target != nullptr ? target->begin : missing_at;
  }
  if (target != nullptr) unit.target_markup = target->markup;
  units_.push_back(std::move(unit));
}

std::unique_ptr<Document> BilingualDocumentBuilder::Finish(const std::string& path, std::string bytes,
                                                           const std::string& language,
                                                           const std::string& source_language) {
  DocumentMeta meta;
  meta.language = language;
  auto source = std::make_shared<DocumentSource>(std::move(bytes), 0, 1, &XmlEscape);
  auto document = std::make_unique<Document>(path, std::move(text_), language, DocumentFormat::kPlainText,
                                             std::move(meta), std::move(source), std::move(map_));
  document->SetUnits(std::move(units_), source_language);
  return document;
}

}  // namespace translint
