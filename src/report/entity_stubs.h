// WriteEntityStubs: the full-name groups `translint discover` found across the
// documents of a run, as YAML entity entries ready to paste into a rule table
// (rules/entity.h's schema), or as JSON for scripts.
//
// YAML: one entry per group: an id made from the majority spelling (ASCII,
// lower case, unique within the output), the guessed kind (a comment lists the
// others), the majority spelling as the preferred form of `language`, the others
// as variants, each with its documents, mentions and first place in a comment.
// The output loads as a rule table as it is.
// JSON: {"version":1,"documents":N,"clusters":[{"id","kind","language",
// "spellings":[{"spelling","documents","mentions","first":{"path","line","column"}}]}]}.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "check/names/unlisted_full_names.h"

namespace translint {

void WriteEntityStubs(const std::vector<FullNameGroup>& groups, const CorpusIndex& corpus, std::ostream& out);
void WriteEntityStubsJson(const std::vector<FullNameGroup>& groups, const CorpusIndex& corpus, std::ostream& out);

}  // namespace translint
