// NameMatcher: finds the mentions of known entities in a Document.
//
// Built once from a finalized RuleTable (which must outlive it): it expands all
// forms (name_form.h) into one VariantSet. FindMentions() scans each prose
// segment once and then resolves each mention to an entity. A mention whose
// text belongs to several entities (the surname "Japarov" of Sadyr and of
// Akylbek Japarov) is resolved by the given name written before it (also with
// a patronymic between: "Sadyr Nurgojoevich Japarov"), else when exactly one of
// those entities is also mentioned unambiguously in the same document; otherwise `entity` stays -1 and
// `forms` lists every candidate. Matches of an entity's `exceptions` are dropped,
// and so are forms of another document language (NameForm::language); glosses
// are marked (Mention::gloss).
// Immutable after construction; FindMentions() may run on many threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <set>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "match/mention.h"
#include "match/name_form.h"
#include "match/near_names.h"
#include "match/variant_set.h"
#include "rules/rule_table.h"
#include "text/document.h"
#include "text/segment_view.h"
#include "text/span.h"

namespace translint {


class NameMatcher {
 public:
  // `schemes` (may be null) generate spellings from the entities' original forms.
  NameMatcher(const RuleTable& table, const SchemeSet* schemes);
  // With the forms ExpandForms(table, ...) made (read back from a cache).
  NameMatcher(const RuleTable& table, std::vector<NameForm> forms);

  std::vector<Mention> FindMentions(const Document& document, const ProseViews& prose) const;
  // The same, folding and tokenizing the segments itself.
  std::vector<Mention> FindMentions(const Document& document, const std::vector<Span>& prose) const;

  const RuleTable& table() const { return table_; }
  const std::vector<NameForm>& forms() const { return forms_; }
  // Listed persons written in spellings no table lists (near_names.h).
  const NearNames& near() const { return *near_; }
  const NameForm& form(uint32_t id) const { return forms_[id]; }
  // The forms of entity `entity` (indices into forms()).
  const std::vector<uint32_t>& FormsOf(uint32_t entity) const { return forms_of_[entity]; }
  // Is `word`, as written, the surname of a listed person's house spelling
  // ("Tokayev" of "Kassym-Jomart Tokayev") or a word of seven letters or more of
  // a listed place's ("Krasnodar" of "Krasnodar region")? Variant and generated
  // spellings, given names and the words of other entities do not count.
  bool IsHouseName(const std::string& word) const { return house_names_.count(word) > 0; }

 private:
  void Resolve(std::string_view text, std::vector<Mention>* mentions) const;
  // For a surname shared by several entities, the one whose given name stands
  // just before it, or before it and a patronymic ("Sadyr Nurgojoevich
  // Japarov"); -1 when none or several.
  int ByGivenName(std::string_view text, const Mention& mention, const std::set<uint32_t>& entities) const;
  void MarkGlosses(std::string_view text, std::vector<Mention>* mentions) const;

  const RuleTable& table_;
  std::vector<NameForm> forms_;
  std::vector<std::vector<uint32_t>> forms_of_;  // entity -> its forms
  VariantSet variants_;
  std::unique_ptr<NearNames> near_;
  std::unordered_set<std::string> house_names_;
};

}  // namespace translint
