#include "formats/xliff_reader.h"

#include <cstring>

#include "formats/xml_text.h"

namespace translint {

namespace {

// An element's name without its namespace prefix.
std::string_view LocalName(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_element && LocalName(child) == name) return child;
  }
  return {};
}

// Calls `use` for every descendant element named `name`, not below another.
template <typename Use>
void ForEach(const pugi::xml_node& node, std::string_view name, Use use) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (LocalName(child) == name) {
      use(child);
    } else {
      ForEach(child, name, use);
    }
  }
}

bool Draft12(std::string_view state) {
  return !state.empty() && state != "translated" && state != "final" && state != "signed-off";
}

std::string NoteOf(const pugi::xml_node& unit) {
  pugi::xml_node note = Child(unit, "note");
  if (!note) note = Child(Child(unit, "notes"), "note");
  return note ? note.text().get() : "";
}

class XliffReader {
 public:
  XliffReader(std::string_view bytes, BilingualDocumentBuilder* builder) : bytes_(bytes), builder_(builder) {}

  // XLIFF 1.2: every <trans-unit> of every <file>.
  void Version1(const pugi::xml_node& root) {
    ForEach(root, "trans-unit", [&](const pugi::xml_node& unit) {
      if (std::strcmp(unit.attribute("translate").as_string("yes"), "no") == 0) return;
      const pugi::xml_node source = Child(unit, "source");
      if (!source) return;
      const pugi::xml_node target = Child(unit, "target");
      TranslationUnit u;
      u.id = unit.attribute("id").as_string();
      u.fuzzy = target && Draft12(target.attribute("state").as_string());
      u.note = NoteOf(unit);
      Add(std::move(u), source, target);
    });
  }

  // XLIFF 2.0: every <segment> of every <unit>.
  void Version2(const pugi::xml_node& root) {
    ForEach(root, "unit", [&](const pugi::xml_node& unit) {
      if (std::strcmp(unit.attribute("translate").as_string("yes"), "no") == 0) return;
      const std::string note = NoteOf(unit);
      size_t index = 0;
      for (const pugi::xml_node& segment : unit.children()) {
        if (segment.type() != pugi::node_element || LocalName(segment) != "segment") continue;
        ++index;
        const pugi::xml_node source = Child(segment, "source");
        if (!source) continue;
        TranslationUnit u;
        const std::string id = segment.attribute("id").as_string();
        u.id = std::string(unit.attribute("id").as_string()) + "/" + (id.empty() ? std::to_string(index) : id);
        u.fuzzy = std::strcmp(segment.attribute("state").as_string(), "initial") == 0;
        u.note = note;
        Add(std::move(u), source, Child(segment, "target"));
      }
    });
  }

 private:
  void Add(TranslationUnit unit, const pugi::xml_node& source, const pugi::xml_node& target) {
    SetSource(ReadXmlText(bytes_, source), &unit);
    if (target) {
      const XmlText text = ReadXmlText(bytes_, target);
      builder_->Add(std::move(unit), &text, 0);
    } else {
      builder_->Add(std::move(unit), nullptr, EndOfElement(bytes_, source));
    }
  }

  std::string_view bytes_;
  BilingualDocumentBuilder* builder_;
};

}  // namespace

DocumentBatch ReadXliff(const std::string& path, std::string bytes, const ReadOptions& options) {
  DocumentBatch batch;
  pugi::xml_document xml;
  BilingualDocumentBuilder builder;
  std::string language, source_language;
  if (ParseXml(bytes, &xml, &batch)) {
    const pugi::xml_node root = xml.document_element();
    XliffReader reader(bytes, &builder);
    if (std::string_view(root.attribute("version").as_string()).substr(0, 1) == "2") {
      language = root.attribute("trgLang").as_string();
      source_language = root.attribute("srcLang").as_string();
      reader.Version2(root);
    } else {
      const pugi::xml_node file = Child(root, "file");
      language = file.attribute("target-language").as_string();
      source_language = file.attribute("source-language").as_string();
      reader.Version1(root);
    }
  }
  const std::string declared = SupportedLanguage(language);
  batch.documents.push_back(builder.Finish(path, std::move(bytes), declared.empty() ? options.language : declared,
                                           PrimaryLanguage(source_language)));
  return batch;
}

}  // namespace translint
