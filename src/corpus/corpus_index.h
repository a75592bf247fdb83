// CorpusIndex: which spelling of which name appears where, across all the
// documents of a run — the input of the corpus checks (scope kCorpus).
//
// It is built from DocumentRecords, one per document, that the Linter makes from
// the mentions its document scan already found (never a second pass over the
// text); a record holds, per entity, each way the document writes it (a count
// and the first place), and the unlisted full names it uses — no text, so the
// index stays small for an archive of any size. Records are added in run order
// (path, then place in the file), so what the checks derive is the same for any
// number of threads. Build it on one thread; read it from any.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/diagnostic_sink.h"
#include "rules/rule_table.h"
#include "text/document.h"

namespace translint {

// A place in a document's file, without its path (the record has it) or its text.
struct Place {
  Span span;  // the file's bytes
  Position start, end;
};

// One way a document writes one listed entity.
struct NameUse {
  uint32_t entity = 0;        // index into the record's table
  bool is_short = false;      // a person's surname alone
  std::string rendering;      // RenderingKey: case and white space aside
  std::string surface;        // as first written
  size_t count = 0;
  Place first;                // the first mention written so
  bool reported = false;      // names/non-preferred already reports that mention
  bool silenced = false;      // an inline comment silences names/inconsistent-across there
};

// One unlisted full name ("Sergey Furgal") as a document writes it.
struct FullNameUse {
  std::string given, surname;  // as first written
  size_t count = 0;
  Place first;
  bool given_known = false, surname_known = false;  // dictionary words (as proper nouns)
  bool silenced = false;       // silenced for names/unlisted-variants-across
  std::string context;         // the word before the name, lower case (for `discover`'s kind)
};

struct DocumentRecord {
  std::string path;
  DocumentMeta meta;
  std::string language;
  const RuleTable* table = nullptr;  // outlives the index
  const std::map<std::string, Severity>* severities = nullptr;  // the document's configured severities
  std::vector<NameUse> names;
  std::vector<FullNameUse> full_names;
};

class CorpusIndex {
 public:
  void Add(DocumentRecord record) { documents_.push_back(std::move(record)); }
  const std::vector<DocumentRecord>& documents() const { return documents_; }
  size_t size() const { return documents_.size(); }

  // A listed entity in one language, everywhere it is written.
  struct EntityUses {
    std::string entity_id;
    std::string language;
    bool is_short = false;
    std::vector<std::pair<size_t, const NameUse*>> uses;  // (document, use), in run order
  };
  // Grouped by (entity id, language, short or full), in order of first appearance.
  std::vector<EntityUses> ByEntity() const;

  // The Location of a place of a document (its source line left empty).
  Location Where(size_t document, const Place& place) const;

  // The outlets of the documents, counted once each ("" is no outlet).
  size_t OutletCount(const std::vector<size_t>& documents) const;

 private:
  std::vector<DocumentRecord> documents_;
};

// Collects corpus findings, each for one document: applies that document's
// configured severity (dropping what it turns off) and sorts them.
class CorpusSink {
 public:
  explicit CorpusSink(const CorpusIndex& corpus) : corpus_(corpus) {}
  void Report(size_t document, Diagnostic diagnostic);
  std::vector<Diagnostic> Take();

 private:
  const CorpusIndex& corpus_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace translint
