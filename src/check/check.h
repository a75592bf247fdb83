// Check, CheckContext and CheckRegistry: how checks are written and found.
//
// A Check is a stateless object with a static CheckInfo and optional hooks:
//  - CheckInput(document, sink): looks at the raw bytes before anything else;
//    returns false when the text cannot be read as text (then no other hook runs
//    for that document).
//  - CheckDocument(context, sink): looks at one readable document; the context
//    holds everything computed once per document and shared by all checks
//    (prose segments, name mentions).
//  - CheckCorpus(corpus, sink): after the last document of a run, looks at the
//    CorpusIndex of every document (scope kCorpus); reports each finding for
//    the document it is in.
// Checks are registered by explicit Register...Checks() calls, never by static
// initialisation. A registry is immutable once built; checks' hooks are const and
// may run on many threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bilingual/source_side.h"
#include "corpus/corpus_index.h"
#include "diag/check_info.h"
#include "diag/diagnostic.h"
#include "diag/diagnostic_sink.h"
#include "match/name_clusters.h"
#include "match/name_matcher.h"
#include "match/pattern_set.h"
#include "spell/speller.h"
#include "text/document.h"
#include "text/segment_view.h"

namespace translint {

struct CheckContext {
  const Document& document;
  const std::vector<Span>& prose;
  const ProseViews& views;  // the prose segments folded and tokenized, once for all checks
  const NameMatcher& names;
  const std::vector<Mention>& mentions;
  const PatternSet* patterns = nullptr;  // the tables' `patterns:` rules
  const Speller* speller = nullptr;      // the document language's dictionary
  std::string speller_problem;           // why there is no speller, if one was wanted
  // The unlisted full names (check/names/unlisted_names.h, scope kFullNames)
  // and those that read as a listed person (match/near_names.h), when a check
  // that is on needs them; else null.
  const std::vector<NameOccurrence>* full_names = nullptr;
  const std::vector<NearMention>* near_mentions = nullptr;
  const SchemeSet* schemes = nullptr;  // the romanization schemes, when loaded
  // For a bilingual document, the source side of each of its units (in the
  // order of Document::units()); else null.
  const std::vector<SourceSide>* sources = nullptr;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual const CheckInfo& info() const = 0;
  virtual bool CheckInput(const Document& /*document*/, DiagnosticSink* /*sink*/) const { return true; }
  virtual void CheckDocument(const CheckContext& /*context*/, DiagnosticSink* /*sink*/) const {}
  virtual void CheckCorpus(const CorpusIndex& /*corpus*/, CorpusSink* /*sink*/) const {}

 protected:
  // A Diagnostic of this check at `span` of `document`, with its default severity.
  Diagnostic Make(const Document& document, Span span, std::string message) const;
};

class CheckRegistry {
 public:
  void Add(std::unique_ptr<Check> check);
  const std::vector<std::unique_ptr<Check>>& checks() const { return checks_; }
  const Check* Find(const std::string& id) const;
  std::vector<std::string> Ids() const;

 private:
  std::vector<std::unique_ptr<Check>> checks_;
};

// Every built-in check, in id order.
const CheckRegistry& BuiltinChecks();

}  // namespace translint
