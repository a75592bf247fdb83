#include "formats/tmx_reader.h"

#include "formats/xml_text.h"

namespace translint {

namespace {

std::string LanguageOf(const pugi::xml_node& tuv) {
  const pugi::xml_attribute lang = tuv.attribute("xml:lang");
  return PrimaryLanguage(lang ? lang.as_string() : tuv.attribute("lang").as_string());
}

}  // namespace

DocumentBatch ReadTmx(const std::string& path, std::string bytes, const ReadOptions& options) {
  DocumentBatch batch;
  pugi::xml_document xml;
  BilingualDocumentBuilder builder;
  std::string language, source_language;
  if (ParseXml(bytes, &xml, &batch)) {
    const pugi::xml_node root = xml.document_element();
    const std::string srclang = PrimaryLanguage(root.child("header").attribute("srclang").as_string());
    for (const pugi::xml_node& tu : root.child("body").children("tu")) {
      pugi::xml_node source, target;
      for (const pugi::xml_node& tuv : tu.children("tuv")) {
        const bool is_source = srclang.empty() || srclang == "*all*" ? !source : LanguageOf(tuv) == srclang;
        if (is_source && !source) {
          source = tuv;
        } else if (!target && LanguageOf(tuv) != LanguageOf(source ? source : tuv)) {
          target = tuv;
        } else if (!target && !source) {
          target = tuv;
        }
      }
      if (!source || !source.child("seg")) continue;
      if (source_language.empty()) source_language = LanguageOf(source);
      if (language.empty() && target) language = LanguageOf(target);
      TranslationUnit unit;
      unit.id = tu.attribute("tuid").as_string();
      unit.note = tu.child("note").text().get();
      SetSource(ReadXmlText(bytes, source.child("seg")), &unit);
      if (target && target.child("seg")) {
        const XmlText text = ReadXmlText(bytes, target.child("seg"));
        builder.Add(std::move(unit), &text, 0);
      } else {
        builder.Add(std::move(unit), nullptr, EndOfElement(bytes, source));
      }
    }
  }
  const std::string declared = SupportedLanguage(language);
  batch.documents.push_back(builder.Finish(path, std::move(bytes), declared.empty() ? options.language : declared,
                                           source_language));
  return batch;
}

}  // namespace translint
