// MakeDocumentRecord: what the CorpusIndex keeps of one document, taken from
// what its scan already found — the resolved name mentions and the near ones
// (a listed person in an unlisted spelling), the findings of the document
// checks, and the unlisted full names (CheckContext::full_names, when there).
// Per entity and rendering it keeps a count and the first place (no text: the
// front end reads a finding's source line back from the file when it reports it).
// Pure function of its inputs; thread-safe.
#pragma once

#include <map>
#include <vector>

#include "check/check.h"
#include "corpus/corpus_index.h"
#include "lint/suppressions.h"

namespace translint {

DocumentRecord MakeDocumentRecord(const CheckContext& context, const std::vector<Diagnostic>& findings,
                                  const Suppressions& suppressions,
                                  const std::map<std::string, Severity>* severities);

}  // namespace translint
