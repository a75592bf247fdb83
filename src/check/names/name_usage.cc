#include "check/names/name_usage.h"

#include <algorithm>
#include <map>

#include "check/prose_text.h"
#include "text/normalized_text.h"

namespace translint {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Words and the white space between them.
void SplitWords(std::string_view text, std::vector<std::string_view>* words, std::vector<std::string_view>* gaps) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = pos;
    while (end < text.size() && !IsSpace(text[end])) ++end;
    words->push_back(text.substr(pos, end - pos));
    size_t next = end;
    while (next < text.size() && IsSpace(text[next])) ++next;
    if (next < text.size()) gaps->push_back(text.substr(end, next - end));
    pos = next;
  }
}

}  // namespace

std::string RenderingKey(std::string_view surface) {
  const std::string folded = FoldForMatching(surface);
  std::string key;
  for (char c : folded) {
    if (IsSpace(c)) {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(c);
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

std::string_view SurfaceOf(const CheckContext& context, const Mention& mention) {
  return context.document.text().substr(mention.span.begin, mention.span.size());
}

std::string Quoted(std::string_view text) { return "\"" + CollapseWhitespace(text) + "\""; }

std::string Quoted(const CheckContext& context, const Mention& mention) {
  return Quoted(SurfaceOf(context, mention));
}

const NameForm& FormOf(const CheckContext& context, const Mention& mention) {
  return context.names.form(mention.PrimaryForm(context.names.forms()));
}

std::vector<EntityMentions> GroupByEntity(const CheckContext& context) {
  std::vector<EntityMentions> groups;
  std::map<uint32_t, size_t> index;
  for (const Mention& m : context.mentions) {
    if (m.entity < 0 || m.gloss) continue;
    const uint32_t e = static_cast<uint32_t>(m.entity);
    const auto [it, inserted] = index.emplace(e, groups.size());
    if (inserted) groups.push_back(EntityMentions{e, {}});
    groups[it->second].mentions.push_back(&m);
  }
  return groups;
}

std::string EntityLabel(const Entity& entity) {
  return entity.DisplayName() + " (" + ToString(entity.kind) + ")";
}

std::string SourceSuffix(const Entity& entity, const std::string& language) {
  const auto chosen = entity.overridden.find(language);
  if (chosen != entity.overridden.end()) return " (house style: this project, " + chosen->second.ToString() + ")";
  return entity.source.empty() ? "" : " (house style: " + entity.source + ")";
}

std::string AdaptToSurface(std::string_view surface, const std::string& preferred) {
  const std::string out = MatchCase(surface, preferred);
  std::vector<std::string_view> surface_words, surface_gaps, words, gaps;
  SplitWords(surface, &surface_words, &surface_gaps);
  SplitWords(out, &words, &gaps);
  if (words.size() != surface_words.size() || words.size() < 2) return out;
  std::string rebuilt(words[0]);
  for (size_t i = 1; i < words.size(); ++i) {
    rebuilt.append(surface_gaps[i - 1]);
    rebuilt.append(words[i]);
  }
  return rebuilt;
}

}  // namespace translint
