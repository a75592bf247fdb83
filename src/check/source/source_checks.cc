#include "check/source/source_checks.h"

#include <algorithm>

#include "base/utf8.h"

namespace translint {

void RegisterSourceChecks(CheckRegistry* registry) {
  registry->Add(MakeEmptyTargetCheck());
  registry->Add(MakeLengthRatioCheck());
  registry->Add(MakeMissingNameCheck());
  registry->Add(MakeNameRenderingCheck());
  registry->Add(MakeNumberMismatchCheck());
  registry->Add(MakePlaceholdersCheck());
  registry->Add(MakeSourceUntranslatedCheck());
  registry->Add(MakeUnalignedCheck());
}

std::vector<uint32_t> SourceEntities(const SourceSide& source) {
  std::vector<uint32_t> entities;
  for (const Mention& m : source.mentions) {
    if (m.entity < 0 || m.gloss) continue;
    const uint32_t e = static_cast<uint32_t>(m.entity);
    if (std::find(entities.begin(), entities.end(), e) == entities.end()) entities.push_back(e);
  }
  return entities;
}

std::vector<const Mention*> MentionsIn(const CheckContext& context, Span span) {
  std::vector<const Mention*> in;
  for (const Mention& m : context.mentions) {
    if (m.span.begin >= span.begin && m.span.end <= span.end) in.push_back(&m);
  }
  return in;
}

Note SourceNote(const Document& document, const TranslationUnit& unit, Span span, std::string message) {
  return Note{LocationOfUnitSource(document, unit, span), std::move(message)};
}

std::string QuotedSource(std::string_view text) {
  if (CountCodePoints(text) <= 60) return "\"" + std::string(text) + "\"";
  return "\"" + std::string(text.substr(0, ByteOfColumn(text, 58))) + "…\"";
}

}  // namespace translint
