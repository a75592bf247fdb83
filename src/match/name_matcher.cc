#include "match/name_matcher.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "text/normalized_text.h"
#include "translit/name_key.h"

namespace translint {

uint32_t Mention::PrimaryForm(const std::vector<NameForm>& all) const {
  for (uint32_t f : forms) {
    if (entity < 0 || all[f].entity == static_cast<uint32_t>(entity)) return f;
  }
  return forms.front();
}

NameMatcher::NameMatcher(const RuleTable& table, const SchemeSet* schemes)
    : NameMatcher(table, ExpandForms(table, schemes)) {}

NameMatcher::NameMatcher(const RuleTable& table, std::vector<NameForm> forms)
    : table_(table), forms_(std::move(forms)), near_(std::make_unique<NearNames>(forms_)) {
  forms_of_.resize(table.entities().size());
  for (uint32_t i = 0; i < forms_.size(); ++i) forms_of_[forms_[i].entity].push_back(i);
  variants_.Reserve(forms_.size());
  for (uint32_t i = 0; i < forms_.size(); ++i) variants_.Add(forms_[i].text, i, forms_[i].requires_capital);
  variants_.Compile();
  constexpr size_t kMinPlaceWord = 7;
  for (const Entity& entity : table.entities()) {
    for (const auto& [language, spelling] : entity.preferred) {
      if (entity.kind == EntityKind::kPerson) {
        const std::string surname = Surname(spelling.text);
        if (!surname.empty()) house_names_.insert(surname);
      } else if (entity.kind == EntityKind::kPlace) {
        const std::string& text = spelling.text;
        for (size_t pos = 0; pos < text.size();) {
          const size_t end = std::min(text.find_first_of(" -", pos), text.size());
          if (end - pos >= kMinPlaceWord) house_names_.insert(text.substr(pos, end - pos));
          pos = end + 1;
        }
      }
    }
  }
}

std::vector<Mention> NameMatcher::FindMentions(const Document& document, const std::vector<Span>& prose) const {
  return FindMentions(document, ProseViews(document.text(), prose));
}

std::vector<Mention> NameMatcher::FindMentions(const Document& document, const ProseViews& prose) const {
  std::vector<Mention> mentions;
  const std::string_view text = document.text();
  prose.ForEach([&](size_t, const SegmentView& segment) {
    variants_.Scan(segment.folded, segment.tokens, text, [&](VariantMatch match) {
      // Forms of another language's text (Russian case forms in English) are no mention here.
      std::erase_if(match.payloads, [&](uint32_t f) {
        return !forms_[f].language.empty() && forms_[f].language != document.language();
      });
      if (match.payloads.empty()) return;
      // An exception ("Rossiya 1" of Russia) is no mention of its entity; another
      // entity with that spelling (the channel Rossiya 1) is still named.
      std::set<uint32_t> excepted;
      for (uint32_t f : match.payloads) {
        if (forms_[f].is_exception) excepted.insert(forms_[f].entity);
      }
      std::erase_if(match.payloads, [&](uint32_t f) { return excepted.count(forms_[f].entity) > 0; });
      if (!match.payloads.empty()) mentions.push_back(Mention{match.original, std::move(match.payloads), -1});
    });
  });
  Resolve(text, &mentions);
  MarkGlosses(text, &mentions);
  return mentions;
}

namespace {

// True when `gap`, the text between two names, only links them as alternatives:
// punctuation plus words such as "or", "also", "known as", "spelled", and at
// least one opening bracket or linking word. "Pornofilmy (Porn Movies)",
// "Japarov, also spelled Zhaparov", "Bi-2 or Bi 2".
bool IsGlossGap(std::string_view gap) {
  static const std::set<std::string> kWords = {
      "or", "also", "aka", "a", "k", "known", "as", "seen", "spelled", "spelt", "written", "transliterated",
      "translated", "meaning", "literally", "lit", "i", "e", "in", "english", "russian", "the", "formerly",
      "locally", "officially", "called", "named"};
  static const std::set<std::string> kLinks = {"or",       "aka",       "known",  "spelled", "spelt",
                                               "formerly", "literally", "called", "named"};
  if (gap.size() > 60) return false;
  bool linked = false;
  std::string word;
  const auto end_word = [&]() {
    if (word.empty()) return true;
    const bool known = kWords.count(word) != 0;
    linked |= kLinks.count(word) != 0;
    word.clear();
    return known;
  };
  for (char c : gap) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalpha(byte)) {
      word.push_back(static_cast<char>(std::tolower(byte)));
      continue;
    }
    if (std::isdigit(byte) || !end_word()) return false;
    linked |= c == '(' || c == '[';
  }
  return end_word() && linked;
}

}  // namespace

void NameMatcher::MarkGlosses(std::string_view text, std::vector<Mention>* mentions) const {
  for (size_t i = 1; i < mentions->size(); ++i) {
    Mention& a = (*mentions)[i - 1];
    Mention& b = (*mentions)[i];
    if (a.entity < 0 || a.entity != b.entity) continue;
    if (IsGlossGap(text.substr(a.span.end, b.span.begin - a.span.end))) a.gloss = b.gloss = true;
  }
}

int NameMatcher::ByGivenName(std::string_view text, const Mention& mention, const std::set<uint32_t>& entities) const {
  std::string_view given = WordBeforeSpace(text, mention.span.begin);
  if (given.empty()) return -1;
  if (ReadName(given, "en").patronymic) {
    given = WordBeforeSpace(text, static_cast<size_t>(given.data() - text.data()));
    if (given.empty()) return -1;
  }
  const std::string folded = FoldForMatching(given);
  int found = -1;
  for (uint32_t e : entities) {
    bool match = false;
    for (uint32_t i : forms_of_[e]) {
      const NameForm& f = forms_[i];
      if (f.is_short || f.is_exception) continue;
      const size_t space = f.text.find(' ');
      if (space != std::string::npos && FoldForMatching(f.text.substr(0, space)) == folded) match = true;
    }
    if (!match) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(e);
  }
  return found;
}

void NameMatcher::Resolve(std::string_view text, std::vector<Mention>* mentions) const {
  const auto entities_of = [&](const Mention& m) {
    std::set<uint32_t> entities;
    for (uint32_t f : m.forms) entities.insert(forms_[f].entity);
    return entities;
  };
  std::set<uint32_t> sure;
  for (Mention& m : *mentions) {
    const std::set<uint32_t> entities = entities_of(m);
    if (entities.size() == 1) {
      m.entity = static_cast<int>(*entities.begin());
      sure.insert(*entities.begin());
    }
  }
  for (Mention& m : *mentions) {
    if (m.entity >= 0) continue;
    m.entity = ByGivenName(text, m, entities_of(m));
    if (m.entity >= 0) continue;
    std::vector<uint32_t> known;
    for (uint32_t e : entities_of(m)) {
      if (sure.count(e)) known.push_back(e);
    }
    if (known.size() == 1) m.entity = static_cast<int>(known.front());
  }
}

}  // namespace translint
