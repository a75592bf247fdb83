// SourceSide: what the source/ checks read of each translation unit's source,
// worked out once per document and shared by those checks.
//
// For every unit of a bilingual document (Document::units()), in the same
// order: the source as a Document of the source language (so the name matcher
// finds the entities it names, in any Russian case), those mentions, and its
// numbers (bilingual/numbers.h). The source language is the file's
// (Document::source_language()), else `configured` (`source_language:`,
// `--source-language`), else Russian for a source in Cyrillic letters.
// A plain value once built; its Documents are owned.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bilingual/numbers.h"
#include "match/mention.h"
#include "match/name_matcher.h"
#include "text/document.h"

namespace translint {

struct SourceSide {
  std::unique_ptr<Document> text;  // the unit's source; its path is the target's
  std::vector<Mention> mentions;
  std::vector<NumberValue> numbers;
};

// The language of `document`'s sources ("" when nothing says and they are not Cyrillic).
std::string SourceLanguage(const Document& document, const std::string& configured);

std::vector<SourceSide> ReadSourceSides(const Document& document, const NameMatcher& names,
                                        const std::string& configured_language);

}  // namespace translint
