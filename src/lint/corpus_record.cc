#include "lint/corpus_record.h"

#include <set>
#include <tuple>
#include <unordered_map>

#include "check/names/name_usage.h"
#include "check/prose_text.h"
#include "check/names/unlisted_names.h"
#include "text/normalized_text.h"

namespace translint {

namespace {

PlacePosition Compact(const Position& p) {
  return PlacePosition{static_cast<uint32_t>(p.line), static_cast<uint32_t>(p.column),
                       static_cast<uint32_t>(p.utf16_column)};
}

Place PlaceOf(const Document& document, Span span) {
  return Place{document.SourceSpan(span), Compact(document.SourcePosition(span.begin, false)),
               Compact(document.SourcePosition(span.end, true))};
}

// The word just before `at` (lower case), skipping white space: "in" of "in Bishkek".
std::string WordBefore(std::string_view text, size_t at) {
  size_t end = at;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n')) --end;
  size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return LowerCase(text.substr(begin, end - begin));
}

void AddNames(const CheckContext& context, const std::vector<Diagnostic>& findings, const Suppressions& suppressions,
              DocumentRecord* record) {
  std::set<size_t> reported;  // where a document check reports a mention's spelling
  for (const Diagnostic& d : findings) {
    if (d.check == "names/non-preferred" || d.check == "names/unlisted-spelling") reported.insert(d.location.span.begin);
  }
  const size_t base = context.document.source_offset();
  std::map<std::tuple<uint32_t, bool, std::string>, size_t> index;
  const auto add = [&](uint32_t entity, bool is_short, std::string rendering, std::string_view surface, Span span) {
    const auto [it, fresh] = index.emplace(std::make_tuple(entity, is_short, rendering), record->names.size());
    if (fresh) {
      NameUse use;
      use.entity = entity;
      use.is_short = is_short;
      use.rendering = record->Keep(rendering);
      use.surface = record->Keep(CollapseWhitespace(surface));
      use.first = PlaceOf(context.document, span);
      use.reported = reported.count(use.first.span.begin) > 0;
      use.silenced = suppressions.Suppressed("names/inconsistent-across", use.first.span.begin - base);
      record->names.push_back(std::move(use));
    }
    ++record->names[it->second].count;
  };
  for (const Mention& m : context.mentions) {
    if (m.entity < 0 || m.gloss) continue;
    const NameForm& form = FormOf(context, m);
    if (form.tag == SpellingTag::kTranslation) continue;
    if (form.spelling != nullptr && form.spelling->ValidOn(context.document.meta().date)) continue;
    const std::string_view surface = SurfaceOf(context, m);
    // A Russian case form (Жапаровым) is a rendering of the spelling it declines.
    add(static_cast<uint32_t>(m.entity), form.is_short, RenderingKey(form.nominative.empty() ? surface : form.nominative),
        surface, m.span);
  }
  if (context.near_mentions == nullptr) return;
  for (const NearMention& m : *context.near_mentions) {
    const std::string_view surface = context.document.text().substr(m.span.begin, m.span.size());
    add(m.entity, false, RenderingKey(surface), surface, m.span);
  }
}

void AddFullNames(const CheckContext& context, const Suppressions& suppressions, DocumentRecord* record) {
  const size_t base = context.document.source_offset();
  const std::string_view text = context.document.text();
  std::set<size_t> near;  // full names that are a listed person's
  for (const NearMention& m : *context.near_mentions) near.insert(m.occurrence);
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < context.full_names->size(); ++i) {
    if (near.count(i)) continue;
    const NameOccurrence& o = (*context.full_names)[i];
    const auto [it, fresh] = index.emplace(LowerCase(o.given + " " + o.spelling), record->full_names.size());
    if (fresh) {
      FullNameUse use;
      use.given = record->Keep(o.given);
      use.surname = record->Keep(o.spelling);
      use.first = PlaceOf(context.document, Span{o.given_span.begin, o.span.end});
      use.surname_known = o.known_word;
      use.given_known = context.speller != nullptr && context.speller->IsDictionaryWord(o.given);
      use.silenced = suppressions.Suppressed("names/unlisted-variants-across", use.first.span.begin - base);
      use.context = record->Keep(WordBefore(text, o.given_span.begin));
      record->full_names.push_back(std::move(use));
    }
    ++record->full_names[it->second].count;
  }
}

}  // namespace

DocumentRecord MakeDocumentRecord(const CheckContext& context, const std::vector<Diagnostic>& findings,
                                  const Suppressions& suppressions,
                                  const std::map<std::string, Severity>* severities) {
  DocumentRecord record;
  record.path = record.Keep(context.document.path());
  record.language = record.Keep(context.document.language());
  record.date = record.Keep(context.document.meta().date);
  record.outlet = record.Keep(context.document.meta().outlet);
  record.table = &context.names.table();
  record.severities = severities;
  AddNames(context, findings, suppressions, &record);
  if (context.full_names != nullptr) AddFullNames(context, suppressions, &record);
  return record;
}

}  // namespace translint
