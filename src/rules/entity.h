// Entity: one named thing (person, organization, place, ...) and all the ways
// it is written. The typed form of one item of a rule table's `entities:` list.
//
// YAML schema (every key but id, kind and preferred is optional):
//
//   entities:
//     - id: sadyr-japarov            # unique across all loaded tables; [a-z0-9-]
//       kind: person                 # person organization place media band work term
//       original: { ky: Садыр Жапаров, ru: Садыр Жапаров }   # language -> original form
//       preferred:                   # target language -> house spelling
//         en: Sadyr Japarov
//         de: Sadyr Dschaparow
//       variants:                    # other spellings: a string, or {spelling, tag, from, until}
//         - { spelling: Sadyr Zhaparov, tag: transliteration }
//         - Sadyr Dzhaparov
//         # right in documents dated in the period (ISO dates, either may be left out):
//         # - { spelling: Nur-Sultan, tag: historical, from: 2019-03-20, until: 2022-09-17 }
//       distinct_from: [akylbek-japarov]   # look-alikes that are different entities
//       exceptions: [Chicken Kiev]   # phrases in which a spelling is not this entity
//       source: "AP; the president's own English usage"   # why this preferred form
//       examples:                    # verified whenever the table loads
//         - { flag: "Sadyr Zhaparov spoke.", fixed: "Sadyr Japarov spoke." }
//         - { ok: "Sadyr Japarov spoke." }
//
// A `preferred` entry may also be {spelling, tag}; tag one "transliteration" when
// the entity also has a "translation" variant (Pornofilmy / "Porn Movies").
// Tags: transliteration, translation, historical, misspelling.
// For a person, every multi-word spelling also makes its last word a mention
// (the surname: "Japarov" for "Sadyr Japarov").
// Entities are plain values; every field remembers where it was written.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/yaml_reader.h"

namespace translint {

enum class EntityKind { kPerson, kOrganization, kPlace, kMedia, kBand, kWork, kTerm };
enum class SpellingTag : uint8_t { kNone, kTransliteration, kTranslation, kHistorical, kMisspelling };

const std::vector<std::string>& EntityKindNames();  // index = enum value
const std::vector<std::string>& SpellingTagNames();  // index = enum value; [0] = "" (none)
const std::string& ToString(EntityKind kind);
const std::string& ToString(SpellingTag tag);

struct Spelling {
  std::string text;
  SpellingTag tag = SpellingTag::kNone;
  // The period in which the spelling was the right one (ISO dates, inclusive;
  // "" = open): a document dated inside it is not flagged for using it.
  std::string valid_from, valid_until;
  SourceLocation where;

  bool ValidOn(const std::string& date) const {
    return (!valid_from.empty() || !valid_until.empty()) && !date.empty() &&
           (valid_from.empty() || valid_from <= date) && (valid_until.empty() || date <= valid_until);
  }
};

struct Example {
  bool must_flag = false;  // "flag" example (else "ok")
  std::string text;
  std::optional<std::string> fixed;  // for "flag": the text after `translint fix`
  std::string language = "en";
  std::string source;  // the source segment it translates, for a source-conditioned rule ("" = none)
  SourceLocation where;
};

struct Entity {
  std::string id;
  EntityKind kind = EntityKind::kTerm;
  std::map<std::string, std::string> original;  // language -> original form
  std::map<std::string, Spelling> preferred;    // target language -> spelling
  std::vector<Spelling> variants;
  std::vector<std::string> distinct_from;
  std::vector<std::string> exceptions;
  std::string source;
  // Target languages whose preferred form the project's configuration chose
  // (`preferred:` in .translint.yaml), and where: `source` does not apply to
  // them, and the table's examples, written for the shipped form, are not verified.
  std::map<std::string, SourceLocation> overridden;
  std::vector<Example> examples;
  SourceLocation where;

  // The preferred spelling for `language`, or nullptr.
  const Spelling* PreferredFor(const std::string& language) const;
  // A short human label: the English preferred form, else any preferred form.
  std::string DisplayName() const;
};

}  // namespace translint
