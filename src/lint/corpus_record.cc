#include "lint/corpus_record.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>
#include <unordered_map>

#include "check/names/name_usage.h"
#include "check/prose_text.h"
#include "check/names/unlisted_names.h"
#include "text/front_matter.h"
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

// Site furniture is short: a few words, no sentence at its end.
constexpr size_t kMaxEdgeLines = 8;       // looked at from each end of a document
constexpr size_t kMaxFurnitureBytes = 100;
constexpr size_t kMaxFurnitureWords = 10;

bool ReadsAsFurniture(std::string_view line) {
  if (line.empty() || line.size() > kMaxFurnitureBytes) return false;
  size_t words = 0, letters = 0;
  bool in_word = false;
  for (const char c : line) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
    letters += std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ? 1 : 0;
  }
  if (words > kMaxFurnitureWords || letters < 3) return false;
  if (line.front() == '(' && line.back() == ')') return false;  // a stage direction: "(Applause)"
  size_t end = line.size();  // the last character, closing quotes and brackets aside
  while (end > 0 && std::string_view("\"')]»").find(line[end - 1]) != std::string_view::npos) --end;
  if (end >= 3 && line.substr(end - 3, 3) == "\xE2\x80\x9D") end -= 3;  // ”
  if (end == 0) return false;
  const char last = line[end - 1];
  const bool ellipsis = end >= 3 && line.substr(end - 3, 3) == "\xE2\x80\xA6";  // …
  return last != '.' && last != '!' && last != '?' && !ellipsis;
}

std::string FurnitureKey(std::string_view line) {
  std::string key;
  for (const char c : CollapseWhitespace(line)) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (key.empty() || key.back() != '0') key.push_back('0');
    } else {
      key.push_back(lower);
    }
  }
  return key;
}

// The lines of `text` as spans (without their line breaks) and where each next one starts.
std::vector<std::pair<Span, size_t>> Lines(std::string_view text) {
  std::vector<std::pair<Span, size_t>> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    const size_t newline = text.find('\n', begin);
    const size_t end = newline == std::string_view::npos ? text.size() : newline;
    lines.push_back({Span{begin, end}, newline == std::string_view::npos ? end : end + 1});
    begin = end + 1;
  }
  return lines;
}

// The furniture-like lines that open and close the document, up to the first
// line of prose from each end (blank lines skipped).
void AddEdgeLines(const CheckContext& context, const std::vector<Diagnostic>& findings,
                  const Suppressions& suppressions, DocumentRecord* record) {
  const std::string_view text = context.document.text();
  const size_t body = FrontMatterEnd(text, context.document.format() != DocumentFormat::kMarkdown);
  std::vector<std::pair<Span, size_t>> lines = Lines(text);
  lines.erase(std::remove_if(lines.begin(), lines.end(), [&](const auto& l) { return l.first.begin < body; }),
              lines.end());
  const size_t base = context.document.source_offset();
  std::vector<size_t> picked;
  const auto walk = [&](size_t from, int step) {
    size_t seen = 0;
    for (size_t i = from; i < lines.size() && seen < kMaxEdgeLines; i += step) {
      std::string_view line = text.substr(lines[i].first.begin, lines[i].first.size());
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      if (line.empty()) continue;
      if (!ReadsAsFurniture(line)) return;
      picked.push_back(i);
      ++seen;
    }
  };
  walk(0, 1);
  if (!lines.empty()) walk(lines.size() - 1, -1);
  std::sort(picked.begin(), picked.end());
  picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
  for (size_t i : picked) {
    const Span span{lines[i].first.begin, lines[i].second};
    const std::string_view line = text.substr(lines[i].first.begin, lines[i].first.size());
    EdgeLine edge;
    edge.key = record->Keep(FurnitureKey(line));
    edge.surface = record->Keep(CollapseWhitespace(line));
    edge.place = PlaceOf(context.document, span);
    edge.line = static_cast<uint32_t>(i);
    edge.silenced = suppressions.Suppressed("boilerplate/repeated-lines", edge.place.span.begin - base);
    edge.reported = std::any_of(findings.begin(), findings.end(), [&](const Diagnostic& d) {
      return d.check.rfind("boilerplate/", 0) == 0 && d.location.span.begin <= edge.place.span.begin &&
             edge.place.span.begin < d.location.span.end;
    });
    record->edge_lines.push_back(edge);
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
  record.title = record.Keep(context.document.meta().title);
  record.place = PlaceOf(context.document, Span{0, context.document.text().size()});
  context.views.ForEach([&](size_t, const SegmentView& view) { record.words += view.tokens.size(); });
  record.table = &context.names.table();
  record.severities = severities;
  AddNames(context, findings, suppressions, &record);
  if (context.full_names != nullptr) AddFullNames(context, suppressions, &record);
  const bool edges_off = severities != nullptr && severities->count("boilerplate/repeated-lines") &&
                         severities->at("boilerplate/repeated-lines") == Severity::kOff;
  if (!edges_off) AddEdgeLines(context, findings, suppressions, &record);
  return record;
}

}  // namespace translint
