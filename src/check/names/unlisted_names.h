// FindUnlistedNames: the capitalized words of a document's prose that look like
// names no rule table lists — the input of names/unlisted-variants, of the
// checks across documents and of `translint discover`.
//
// A word qualifies when it is written in Latin letters, starts with a capital,
// is not all capitals (acronyms), has at least three letters, is not part of a
// mention of a listed entity, and is not a common word: the dictionary does not
// know it in lower case ("Then", "May"; in German, nor as written: "Regierung").
// Without a speller every capitalized
// word qualifies except the first of a sentence. The capitalized word just before
// it (joined by a space) is recorded as its given name.
// Pure function of the context; thread-safe.
#pragma once

#include <vector>

#include "check/check.h"
#include "match/name_clusters.h"

namespace translint {

// kWithinDocument: only the words that share a candidate key with another
// spelling in the document (the others cannot form a cluster there).
// kFullNames: every name word that follows a given name (a full name: "Sergei
// Furgal"), for names/unlisted-variants-across and `translint discover`.
// The parts of a hyphenated name (Kassym-Jomart) are never names of their own;
// the compound is the given name of the word after it.
enum class NameScope { kWithinDocument, kFullNames };

std::vector<NameOccurrence> FindUnlistedNames(const CheckContext& context, NameScope scope);

}  // namespace translint
