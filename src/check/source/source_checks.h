// The `source/` checks: a translation compared with its source, unit by unit
// (CheckContext::sources; bilingual inputs only: PO, XLIFF, TMX, and a text
// paired with its source file, bilingual/alignment.h). Each finding
// is at the target's place in the file, with a note at the source.
#pragma once

#include <memory>
#include <string>

#include "check/check.h"

namespace translint {

std::unique_ptr<Check> MakeEmptyTargetCheck();
std::unique_ptr<Check> MakeLengthRatioCheck();
std::unique_ptr<Check> MakeMissingNameCheck();
std::unique_ptr<Check> MakeNameRenderingCheck();
std::unique_ptr<Check> MakeNumberMismatchCheck();
std::unique_ptr<Check> MakePlaceholdersCheck();
std::unique_ptr<Check> MakeSourceUntranslatedCheck();
std::unique_ptr<Check> MakeUnalignedCheck();

void RegisterSourceChecks(CheckRegistry* registry);

// Calls use(unit, source side) for each unit of a bilingual document that has
// a translation.
template <typename Use>
void ForEachTranslated(const CheckContext& context, Use use) {
  if (context.sources == nullptr) return;
  const std::vector<TranslationUnit>& units = context.document.units();
  for (size_t i = 0; i < units.size(); ++i) {
    if (!units[i].target.empty()) use(units[i], (*context.sources)[i]);
  }
}

// The listed entities a unit's source names (resolved mentions, no glosses),
// each once, in the order they first appear.
std::vector<uint32_t> SourceEntities(const SourceSide& source);

// The mentions of the context that lie in `span` (a unit's target).
std::vector<const Mention*> MentionsIn(const CheckContext& context, Span span);

// A note at bytes `span` of unit `unit`'s decoded source (the whole source when
// `span` is empty), with `message`.
Note SourceNote(const Document& document, const TranslationUnit& unit, Span span, std::string message);

// Source text as a message quotes it: in quotation marks, cut to 60 code points.
std::string QuotedSource(std::string_view text);

}  // namespace translint
