#include "bilingual/source_side.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "base/utf8.h"
#include "text/segmenter.h"

namespace translint {

namespace {

bool HasCyrillic(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t length;
    const int32_t cp = DecodeUtf8(text, i, &length);
    UErrorCode status = U_ZERO_ERROR;
    if (cp >= 0x80 && uscript_getScript(cp, &status) == USCRIPT_CYRILLIC && u_isalpha(cp)) return true;
    i += length;
  }
  return false;
}

}  // namespace

std::string SourceLanguage(const Document& document, const std::string& configured) {
  if (!document.source_language().empty()) return document.source_language();
  if (!configured.empty()) return configured;
  for (const TranslationUnit& unit : document.units()) {
    if (HasCyrillic(unit.source)) return "ru";
  }
  return "";
}

std::vector<SourceSide> ReadSourceSides(const Document& document, const NameMatcher& names,
                                        const std::string& configured_language) {
  std::vector<SourceSide> sides;
  if (document.units().empty()) return sides;
  const std::string language = SourceLanguage(document, configured_language);
  sides.reserve(document.units().size());
  for (const TranslationUnit& unit : document.units()) {
    SourceSide side;
    side.text = std::make_unique<Document>(document.path(), unit.source, language);
    if (FindInvalidUtf8(unit.source) == std::string_view::npos) {
      side.mentions = names.FindMentions(*side.text, SegmentProse(*side.text));
      side.numbers = FindNumbers(unit.source, language, false);
    }
    sides.push_back(std::move(side));
  }
  return sides;
}

}  // namespace translint
