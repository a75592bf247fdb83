#include "formats/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "base/iso_date.h"
#include "base/utf8.h"

namespace translint {

namespace {

bool Skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_DIV: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

const char* Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? a->value : nullptr;
}

// The first element with `tag` below `node` (depth first), or nullptr.
const GumboNode* FindElement(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return nullptr;
  if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag) return node;
  const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (const GumboNode* found = FindElement(static_cast<const GumboNode*>(children.data[i]), tag)) return found;
  }
  return nullptr;
}

std::string TextOf(const GumboNode* node) {
  std::string out;
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const GumboNode* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) out += child->v.text.text;
  }
  return out;
}

// The decoded text of the nodes, with a map back to the file.
class TextBuilder {
 public:
  explicit TextBuilder(std::string_view file) : file_(file) {}

  void Walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      return AddText(node->v.text);
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;  // comments
    const GumboElement& e = node->v.element;
    if (Skipped(e.tag)) return;
    if (e.tag == GUMBO_TAG_BR) return Break("\n");
    const bool block = IsBlock(e.tag);
    if (block) Break("\n\n");
    for (unsigned i = 0; i < e.children.length; ++i) Walk(static_cast<const GumboNode*>(e.children.data[i]));
    if (block) Break("\n\n");
  }

  std::string TakeText() { return std::move(text_); }
  SourceMap TakeMap() { return std::move(map_); }

 private:
  // A synthetic line break, written before the next text (so the text neither
  // starts nor ends with one), unless the text already ends with as many.
  void Break(std::string_view breaks) { pending_ = std::max(pending_, breaks.size()); }

  void FlushBreak() {
    if (text_.empty()) pending_ = 0;
    if (pending_ == 0) return;
    size_t have = 0;
    while (have < text_.size() && have < pending_ && text_[text_.size() - 1 - have] == '\n') ++have;
    if (have < pending_) {
      text_.append(pending_ - have, '\n');
      map_.Add(last_source_end_, 0, pending_ - have, false);
    }
    pending_ = 0;
  }

  void Piece(size_t source_begin, size_t source_length, std::string_view decoded, bool verbatim) {
    FlushBreak();
    text_.append(decoded);
    map_.Add(source_begin, source_length, decoded.size(), verbatim);
    last_source_end_ = source_begin + source_length;
  }

  // Aligns the decoded text of a node with its original bytes: equal bytes are
  // verbatim, a character reference or a CR LF pair is one atomic piece.
  void AddText(const GumboText& t) {
    const std::string_view raw(t.original_text.data, t.original_text.length);
    const std::string_view decoded(t.text);
    const size_t base = t.start_pos.offset;
    if (base + raw.size() > file_.size() || raw.data() != file_.data() + base) {
      return Piece(base, 0, decoded, false);  // not from the file as it is: one piece at its start
    }
    size_t i = 0, j = 0;
    while (i < raw.size() && j < decoded.size()) {
      if (raw[i] != '&' && raw[i] != '\r' && raw[i] == decoded[j]) {
        size_t n = 0;
        while (i + n < raw.size() && j + n < decoded.size() && raw[i + n] == decoded[j + n] && raw[i + n] != '&' &&
               raw[i + n] != '\r') {
          ++n;
        }
        Piece(base + i, n, decoded.substr(j, n), true);
        i += n;
        j += n;
        continue;
      }
      size_t raw_length = 1, decoded_length = 1;
      if (raw[i] == '\r') {
        raw_length = i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
      } else if (raw[i] == '&') {
        Reference(raw, i, decoded, j, &raw_length, &decoded_length);
      } else {
        DecodeUtf8(decoded, j, &decoded_length);
        DecodeUtf8(raw, i, &raw_length);
      }
      Piece(base + i, raw_length, decoded.substr(j, decoded_length), false);
      i += raw_length;
      j += decoded_length;
    }
    if (j < decoded.size()) Piece(base + i, raw.size() - i, decoded.substr(j), false);
  }

  // A character reference at raw[i]: its length, and the length of what it
  // decodes to at decoded[j] (one or two code points); both stay 1 for an
  // ampersand that is no reference.
  static void Reference(std::string_view raw, size_t i, std::string_view decoded, size_t j, size_t* raw_length,
                        size_t* decoded_length) {
    size_t end = i + 1;
    if (end < raw.size() && raw[end] == '#') ++end;
    while (end < raw.size() && std::isalnum(static_cast<unsigned char>(raw[end]))) ++end;
    if (end < raw.size() && raw[end] == ';') ++end;
    // Whether raw[r..] and decoded[d..] read the same up to the next reference
    // or line break (at most 8 bytes).
    const auto aligned = [&](size_t r, size_t d) {
      for (size_t k = 0; k < 8; ++k) {
        if (r + k == raw.size()) return d + k == decoded.size();
        if (raw[r + k] == '&' || raw[r + k] == '\r') return true;
        if (d + k >= decoded.size() || raw[r + k] != decoded[d + k]) return false;
      }
      return true;
    };
    if (decoded[j] == '&' && aligned(i + 1, j + 1)) return;  // an ampersand that is no reference
    size_t one = 0, two = 0;
    DecodeUtf8(decoded, j, &one);
    if (j + one < decoded.size()) DecodeUtf8(decoded, j + one, &two);
    for (size_t length : {one, one + two}) {
      for (size_t stop = end; stop > i + 1; --stop) {
        if (j + length <= decoded.size() && aligned(stop, j + length)) {
          *raw_length = stop - i;
          *decoded_length = length;
          return;
        }
      }
    }
  }

  std::string_view file_;
  std::string text_;
  SourceMap map_;
  size_t last_source_end_ = 0;
  size_t pending_ = 0;  // line breaks owed before the next text
};

DocumentMeta MetaOf(const GumboNode* root) {
  DocumentMeta meta;
  if (const GumboNode* html = FindElement(root, GUMBO_TAG_HTML)) {
    if (const char* lang = Attribute(html, "lang")) meta.language = lang;
  }
  meta.title = TextOf(FindElement(root, GUMBO_TAG_TITLE));
  const GumboNode* head = FindElement(root, GUMBO_TAG_HEAD);
  if (head == nullptr) return meta;
  for (unsigned i = 0; i < head->v.element.children.length; ++i) {
    const GumboNode* child = static_cast<const GumboNode*>(head->v.element.children.data[i]);
    if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_META) continue;
    const char* property = Attribute(child, "property");
    if (property == nullptr) property = Attribute(child, "name");
    const char* content = Attribute(child, "content");
    if (property == nullptr || content == nullptr) continue;
    if (std::strcmp(property, "article:published_time") == 0) meta.date = IsoDate(content);
    if (std::strcmp(property, "og:site_name") == 0) meta.outlet = content;
    if (std::strcmp(property, "og:url") == 0) meta.id = content;
  }
  return meta;
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out.push_back(c);
  }
  return out;
}

DocumentBatch ReadHtml(const std::string& path, std::string bytes, const ReadOptions& options) {
  DocumentBatch batch;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size());
  const GumboNode* root = output->document;
  const GumboNode* article = FindElement(root, GUMBO_TAG_ARTICLE);
  if (article == nullptr) article = FindElement(root, GUMBO_TAG_MAIN);
  if (article == nullptr) article = FindElement(root, GUMBO_TAG_BODY);
  TextBuilder builder(bytes);
  if (article != nullptr) builder.Walk(article);
  DocumentMeta meta = MetaOf(root);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  const std::string declared = SupportedLanguage(meta.language);
  auto source = std::make_shared<DocumentSource>(std::move(bytes), 0, 1, &HtmlEscape);
  batch.documents.push_back(std::make_unique<Document>(path, builder.TakeText(),
                                                       declared.empty() ? options.language : declared,
                                                       DocumentFormat::kPlainText, std::move(meta),
                                                       std::move(source), builder.TakeMap()));
  return batch;
}

}  // namespace translint
