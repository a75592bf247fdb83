// Helpers shared by the `names/` checks: how one document uses each entity.
// Pure functions of a CheckContext; results borrow from it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"

namespace translint {

// What distinguishes two renderings: case-folded text with white space
// collapsed ("Sadyr\n Japarov" and "SADYR JAPAROV" are one rendering; a hyphen
// still differs from a space).
std::string RenderingKey(std::string_view surface);

std::string_view SurfaceOf(const CheckContext& context, const Mention& mention);

// The mention as quoted in a message: its text with white space collapsed.
std::string Quoted(const CheckContext& context, const Mention& mention);
std::string Quoted(std::string_view text);

// The form through which `mention` names its entity (resolved mentions only).
const NameForm& FormOf(const CheckContext& context, const Mention& mention);

struct EntityMentions {
  uint32_t entity;
  std::vector<const Mention*> mentions;  // in text order
};

// Resolved mentions that are not glosses, grouped by entity, in the order the
// entities first appear.
std::vector<EntityMentions> GroupByEntity(const CheckContext& context);

// "Sadyr Japarov (person)".
std::string EntityLabel(const Entity& entity);

// `preferred` adapted to the way `surface` is written: all capitals stay all
// capitals, and the line breaks between words are kept when the word counts agree.
std::string AdaptToSurface(std::string_view surface, const std::string& preferred);

// "(house style: SOURCE)" or "" when the entity records no source; for a
// language whose house form the project's configuration chose, "(house style:
// this project, FILE:LINE)".
std::string SourceSuffix(const Entity& entity, const std::string& language);

}  // namespace translint
