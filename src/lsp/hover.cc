// LanguageServer::Hover: over a name mention, the entity's card — kind, house
// form per language, original forms, where the house form comes from, the
// listed variants and the look-alikes it must not be confused with.
#include <algorithm>

#include "lsp/server.h"

namespace translint {

using nlohmann::json;

namespace {

std::string EntityCard(const Entity& entity, const RuleTable& table) {
  std::string card = "**" + entity.DisplayName() + "** — " + ToString(entity.kind) + " `" + entity.id + "`\n\n";
  std::string house;
  for (const auto& [language, spelling] : entity.preferred) house += (house.empty() ? "" : " · ") + language + ": " + spelling.text;
  card += "House form: " + house + "\n\n";
  if (!entity.original.empty()) {
    std::string original;
    for (const auto& [language, text] : entity.original) original += (original.empty() ? "" : " · ") + language + ": " + text;
    card += "Original: " + original + "\n\n";
  }
  if (!entity.source.empty()) card += "Source of the house form: " + entity.source + "\n\n";
  if (!entity.variants.empty()) {
    card += "Variants:";
    for (const Spelling& v : entity.variants) {
      card += "\n- " + v.text;
      if (v.tag != SpellingTag::kNone) card += " (" + ToString(v.tag) + ")";
      if (!v.valid_from.empty() || !v.valid_until.empty()) card += " right " + v.valid_from + "–" + v.valid_until;
    }
    card += "\n\n";
  }
  if (!entity.distinct_from.empty()) {
    std::string others;
    for (const std::string& id : entity.distinct_from) {
      const int other = table.Find(id);
      others += (others.empty() ? "" : ", ") + (other >= 0 ? table.entities()[other].DisplayName() : id);
    }
    card += "Not to be confused with: " + others + "\n\n";
  }
  card += "Defined in " + entity.where.ToString();
  return card;
}

}  // namespace

json LanguageServer::Hover(const json& params) {
  OpenDocument* doc = Find(params);
  if (doc == nullptr) return nullptr;
  const Linter* linter = LinterFor(*doc);
  if (linter == nullptr) return nullptr;
  const size_t offset = OffsetOf(*doc, params.value("position", json()));
  std::vector<Diagnostic> problems;
  const DocumentBatch batch = Read(*doc, *linter, &problems);
  for (const auto& document : batch.documents) {
    for (const Mention& m : linter->Mentions(*document)) {
      const Span span = document->SourceSpan(m.span);  // the file's bytes (HTML, JSON Lines)
      if (m.entity < 0 || offset < span.begin || offset >= span.end) continue;
      const Entity& entity = linter->table().entities()[m.entity];
      return {{"contents", {{"kind", "markdown"}, {"value", EntityCard(entity, linter->table())}}},
              {"range", RangeOf(*doc, span)}};
    }
  }
  return nullptr;
}

}  // namespace translint
