// GroupFullNames: the unlisted full names of a corpus, grouped into the
// spellings of one name — shared by names/unlisted-variants-across and
// `translint discover`.
//
// Spellings are the records' FullNameUses, case aside; groups come from
// ClusterFullNames (match/name_clusters.h) per document language. Within a
// group, spellings are ordered by the number of documents that use them (then
// mentions, then first use), so the first is the majority form.
// Pure function of the index; the result borrows from it.
#pragma once

#include <string>
#include <vector>

#include "corpus/corpus_index.h"

namespace translint {

struct FullNameSpelling {
  std::string display;                   // "Sergei Furgal", as first written
  size_t mentions = 0;
  std::vector<size_t> documents;         // in run order, once each
  std::vector<const FullNameUse*> firsts;  // the use in each of those documents
};

struct FullNameGroup {
  std::string_view language;
  std::vector<FullNameSpelling> spellings;  // two or more; the majority first
};

std::vector<FullNameGroup> GroupFullNames(const CorpusIndex& corpus);

// The kind of thing a group most likely names: a person when its first word is
// the given name of a person the tables list (Nikolai, Sergei); else, from the
// words before its mentions, a place after "in", "from", "near" ... (Nizhny
// Novgorod), an organization after "party", "company" ...; a person otherwise.
EntityKind GuessKind(const FullNameGroup& group, const CorpusIndex& corpus);

}  // namespace translint
