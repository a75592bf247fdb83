// MakeDocumentRecord: what the CorpusIndex keeps of one document, taken from
// what its scan already found — the resolved name mentions and the near ones
// (a listed person in an unlisted spelling), the findings of the document
// checks, and the unlisted full names (CheckContext::full_names, when there).
// Per entity and rendering it keeps a count and the first place; source lines
// longer than kRecordLineLimit are not kept (the finding then prints no excerpt).
// Pure function of its inputs; thread-safe.
#pragma once

#include <map>
#include <vector>

#include "check/check.h"
#include "corpus/corpus_index.h"
#include "lint/suppressions.h"

namespace translint {

inline constexpr size_t kRecordLineLimit = 400;

DocumentRecord MakeDocumentRecord(const CheckContext& context, const std::vector<Diagnostic>& findings,
                                  const Suppressions& suppressions,
                                  const std::map<std::string, Severity>* severities);

}  // namespace translint
