// NearNames: listed persons found through spellings that no table and no scheme
// lists, but that the name key reads as one of the entity's spellings — a
// hybrid of two romanizations (Qasym-Jomart Tokayev), Kazakh or Uzbek letters
// inside an English romanization, a one-letter slip in a long name.
//
// Built once from a NameMatcher's forms: for every multi-word form of a person
// in Latin letters, the name keys of its first and last word, per reading
// language, grouped by the surname's candidate keys (built lazily, once per
// language, thread-safe). Find() takes the unlisted full names of a document
// (check/names/unlisted_names.h, scope kFullNames) and returns those whose given
// name and surname are SameFullName() with the form's (the key's guards hold:
// gender forms, patronymics, different given names) and whose surnames sound
// alike phoneme for phoneme (SameSounds: Zelinsky is not Zelensky), when exactly
// one entity matches; a surname with a Russian case ending carried into English
// ("Sadyr Japarova", "Shavkat Mirziyoyevym") is read without it. Immutable after construction except for the lazy per-language index;
// Find() may run on many threads at once.
#pragma once

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/name_clusters.h"
#include "match/mention.h"
#include "match/name_form.h"
#include "translit/name_key.h"

namespace translint {

struct NearMention {
  Span span;             // given name and surname, as written
  uint32_t entity = 0;   // the entity it reads as
  uint32_t form = 0;     // the form it is close to (NameMatcher::form)
  size_t occurrence = 0;  // index into Find()'s input
};

// A man's surname in -ov, -ev, -in without the Russian case ending after it
// ("Japarova" -> "Japarov", "Tokayevym" -> "Tokayev"); "" when there is none.
std::string WithoutCaseEnding(const std::string& surname);

class NearNames {
 public:
  explicit NearNames(const std::vector<NameForm>& forms) : forms_(forms) {}
  NearNames(const NearNames&) = delete;
  NearNames& operator=(const NearNames&) = delete;

  std::vector<NearMention> Find(const std::vector<NameOccurrence>& full_names, const std::string& language) const;
  // A listed surname alone (a mention through a short form) after a capitalized
  // word no table lists that reads as the entity's given name: "Qasym-Jomart
  // Tokayev". Such mentions have occurrence == npos.
  std::vector<NearMention> FindGivenNames(std::string_view text, const std::vector<Mention>& mentions,
                                          const std::string& language) const;

 private:
  struct Keyed {
    uint32_t form;
    const NameKey* given;    // the first word's key, in Index::keys
    const NameKey* surname;  // the last word's
  };
  struct Index {
    // The keys of the forms' words, each word read once (the tables' forms
    // repeat their given names and surnames).
    std::unordered_map<std::string, NameKey> keys;
    std::vector<Keyed> forms;
    std::unordered_map<std::string, std::vector<size_t>> by_surname;  // candidate key -> forms
    std::unordered_map<uint32_t, std::vector<size_t>> by_entity;      // entity -> forms
  };
  const Index& IndexFor(const std::string& language) const;
  // The forms whose first and last word `keys` (given name, surname) read as.
  std::vector<const Keyed*> Matches(const Index& index, const std::vector<NameKey>& keys) const;

  const std::vector<NameForm>& forms_;
  static constexpr size_t kLanguages = 4;  // en, de, fr, ru
  mutable std::array<std::once_flag, kLanguages> once_;
  mutable std::array<std::unique_ptr<Index>, kLanguages> index_;
};

}  // namespace translint
