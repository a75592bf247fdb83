// WriteEntityStubs: the clusters `translint discover` found, as YAML entity
// entries ready to paste into a rule table (rules/entity.h's schema).
//
// One entry per cluster: an id made from the most used spelling (ASCII, lower
// case, unique within the output), `kind: person` (a comment lists the other
// kinds to choose from), the most used spelling as the preferred form of
// `language`, the others as variants, each with its count and first location
// in a comment. The output loads as a rule table as it is.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "match/name_clusters.h"

namespace translint {

// `where(i)` is "path:line:col" of occurrence i (NameCluster's indices).
void WriteEntityStubs(const std::vector<NameCluster>& clusters, const std::function<std::string(size_t)>& where, const std::string& language,
                      size_t files, std::ostream& out);

}  // namespace translint
