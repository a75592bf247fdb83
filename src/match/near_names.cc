#include "match/near_names.h"

#include <cstring>

#include <algorithm>
#include <cctype>

#include "base/utf8.h"

namespace translint {

namespace {

size_t Slot(const std::string& language) {
  if (language == "de") return 1;
  if (language == "fr") return 2;
  if (language == "ru") return 3;
  return 0;
}

bool IsLatinName(const std::string& text) {
  for (unsigned char c : text) {
    if (c >= 0xD0 && c <= 0xD4) return false;  // a Cyrillic lead byte
  }
  return true;
}

// The first and last space-separated words of `text`, or {} for one word.
std::vector<std::string> FirstAndLast(const std::string& text) {
  const size_t first_end = text.find(' ');
  const size_t last_begin = text.rfind(' ');
  if (first_end == std::string::npos) return {};
  return {text.substr(0, first_end), text.substr(last_begin + 1)};
}

// The name keys of the words this thread has read (an archive repeats its
// names), cleared when it grows past a bound or the language changes. Keys are
// copied out, so no reference outlives a clear.
NameKey CachedKey(std::string_view word, const std::string& language) {
  thread_local std::unordered_map<std::string, NameKey> keys;
  thread_local std::string keys_language;
  thread_local std::string lookup;
  if (keys.size() > (1u << 16) || keys_language != language) {
    keys.clear();
    keys_language = language;
  }
  lookup.assign(word);
  auto [it, fresh] = keys.try_emplace(lookup);
  if (fresh) it->second = ReadName(word, language);
  return it->second;
}

}  // namespace

const NearNames::Index& NearNames::IndexFor(const std::string& language) const {
  const size_t slot = Slot(language);
  std::call_once(once_[slot], [&] {
    auto index = std::make_unique<Index>();
    for (uint32_t f = 0; f < forms_.size(); ++f) {
      const NameForm& form = forms_[f];
      if (form.is_exception || form.is_short || form.tag == SpellingTag::kTranslation || !form.language.empty() ||
          !IsLatinName(form.text)) {
        continue;
      }
      const std::vector<std::string> words = FirstAndLast(form.text);
      if (words.empty()) continue;
      const auto key = [&](const std::string& word) -> const NameKey& {
        auto [it, fresh] = index->keys.try_emplace(word);
        if (fresh) it->second = ReadName(word, language);
        return it->second;
      };
      const Keyed keyed{f, &key(words[0]), &key(words[1])};
      if (keyed.given->empty() || keyed.surname->empty()) continue;
      for (const std::string& c : keyed.surname->Candidates()) index->by_surname[c].push_back(index->forms.size());
      index->by_entity[form.entity].push_back(index->forms.size());
      index->forms.push_back(std::move(keyed));
    }
    index_[slot] = std::move(index);
  });
  return *index_[slot];
}

std::vector<const NearNames::Keyed*> NearNames::Matches(const Index& index, const std::vector<NameKey>& keys) const {
  std::vector<const Keyed*> matches;
  if (keys[0].empty() || keys[1].empty()) return matches;
  for (const std::string& c : keys[1].Candidates()) {
    const auto it = index.by_surname.find(c);
    if (it == index.by_surname.end()) continue;  // most full names share no key with a listed surname
    for (size_t k : it->second) {
      const Keyed& keyed = index.forms[k];
      // A listed name is an established spelling: a near one must sound the
      // same (no vowel edit in the surname), not only be close.
      if (std::find(matches.begin(), matches.end(), &keyed) == matches.end() &&
          SameFullName(keys[0], keys[1], *keyed.given, *keyed.surname) && SameSounds(keys[1], *keyed.surname)) {
        matches.push_back(&keyed);
      }
    }
  }
  return matches;
}

std::string WithoutCaseEnding(const std::string& surname) {
  // Genitive/accusative -a, dative -u, instrumental -ym/-im/-om, prepositional -e
  // of a surname in -ov, -ev, -in (as Russian declines men's surnames).
  static const char* kEndings[] = {"ym", "im", "om", "a", "u", "e"};
  for (const char* ending : kEndings) {
    const size_t n = std::strlen(ending);
    if (surname.size() < n + 4 || surname.compare(surname.size() - n, n, ending) != 0) continue;
    const std::string base = surname.substr(0, surname.size() - n);
    const std::string tail = base.substr(base.size() - 2);
    if (tail == "ov" || tail == "ev" || tail == "in") return base;
  }
  return "";
}

std::vector<NearMention> NearNames::Find(const std::vector<NameOccurrence>& full_names,
                                         const std::string& language) const {
  std::vector<NearMention> found;
  if (full_names.empty()) return found;
  const Index& index = IndexFor(language);
  for (size_t i = 0; i < full_names.size(); ++i) {
    const NameOccurrence& o = full_names[i];
    if (o.given.empty()) continue;
    const NameKey given = CachedKey(o.given, language);
    if (given.empty()) continue;
    std::vector<const Keyed*> matches = Matches(index, {given, CachedKey(o.spelling, language)});
    // A Russian case ending carried into English ("met Sadyr Japarova", "with
    // Tokayevym"): the surname without it, if the given name also matches.
    const std::string base = WithoutCaseEnding(o.spelling);
    if (matches.empty() && !base.empty()) matches = Matches(index, {given, CachedKey(base, language)});
    if (matches.empty()) continue;
    const uint32_t entity = forms_[matches.front()->form].entity;
    const bool one = std::all_of(matches.begin(), matches.end(),
                                 [&](const Keyed* k) { return forms_[k->form].entity == entity; });
    if (one) found.push_back(NearMention{Span{o.given_span.begin, o.span.end}, entity, matches.front()->form, i});
  }
  return found;
}

std::vector<NearMention> NearNames::FindGivenNames(std::string_view text, const std::vector<Mention>& mentions,
                                                   const std::string& language) const {
  std::vector<NearMention> found;
  const Index* index = nullptr;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.entity < 0 || m.gloss || !forms_[m.PrimaryForm(forms_)].is_short) continue;
    // The word just before, after one space: letters, hyphens and apostrophes, capitalized.
    const std::string_view word = WordBeforeSpace(text, m.span.begin);
    // Capitalized (or not ASCII: the name key decides).
    if (word.empty() || (static_cast<unsigned char>(word[0]) < 0x80 && !std::isupper(static_cast<unsigned char>(word[0])))) {
      continue;
    }
    const size_t begin = static_cast<size_t>(word.data() - text.data());
    if (i > 0 && mentions[i - 1].span.end > begin) continue;  // part of another mention
    const NameKey given = CachedKey(word, language);
    if (given.empty() || given.readings[0].phonemes.size() <= 1) continue;
    if (index == nullptr) index = &IndexFor(language);
    const auto forms = index->by_entity.find(static_cast<uint32_t>(m.entity));
    if (forms == index->by_entity.end()) continue;
    for (size_t k : forms->second) {
      const Keyed& keyed = index->forms[k];
      if (!SameName(given, *keyed.given)) continue;
      found.push_back(NearMention{Span{begin, m.span.end}, static_cast<uint32_t>(m.entity), keyed.form,
                                  std::string::npos});
      break;
    }
  }
  return found;
}

}  // namespace translint
