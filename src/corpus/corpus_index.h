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
#include <deque>
#include <string_view>
#include <unordered_set>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/diagnostic_sink.h"
#include "rules/rule_table.h"
#include "text/document.h"

namespace translint {

// A line and column of a document's file (Position, in 12 bytes).
struct PlacePosition {
  uint32_t line = 1, column = 1, utf16_column = 1;
};

// A place in a document's file, without its path (the record has it) or its text.
struct Place {
  Span span;  // the file's bytes
  PlacePosition start, end;
};

// One way a document writes one listed entity. The strings are views: into the
// record's own storage while it is built, into the index's pool once added.
struct NameUse {
  uint32_t entity = 0;          // index into the record's table
  uint32_t count = 0;
  std::string_view rendering;   // RenderingKey: case and white space aside
  std::string_view surface;     // as first written
  Place first;                  // the first mention written so
  bool is_short = false;        // a person's surname alone
  bool reported = false;        // names/non-preferred already reports that mention
  bool silenced = false;        // an inline comment silences names/inconsistent-across there
};

// One unlisted full name ("Sergey Furgal") as a document writes it.
struct FullNameUse {
  std::string_view given, surname;  // as first written
  std::string_view context;         // the word before the name, lower case (for `discover`'s kind)
  uint32_t count = 0;
  Place first;
  bool given_known = false, surname_known = false;  // dictionary words (as proper nouns)
  bool silenced = false;            // silenced for names/unlisted-variants-across
};

// A short line at the start or the end of a document that reads as site
// furniture rather than prose (few words, no sentence punctuation at its end):
// the input of boilerplate/repeated-lines.
struct EdgeLine {
  std::string_view key;      // lower case, digits as 0, white space collapsed: "views: 0"
  std::string_view surface;  // as written, white space collapsed
  Place place;               // the line and its line break
  uint32_t line = 0;         // its index among the document's lines
  bool reported = false;     // a boilerplate/ pattern rule already deletes it
  bool silenced = false;     // an inline comment silences boilerplate/repeated-lines there
};

struct DocumentRecord {
  std::string_view path, language, date, outlet;
  // For the archive index only (the CorpusIndex drops the title when it takes
  // the record over): the document's extent in its file, title and word count.
  Place place;
  std::string_view title;
  uint32_t words = 0;
  const RuleTable* table = nullptr;  // outlives the index
  const std::map<std::string, Severity>* severities = nullptr;  // the document's configured severities
  std::vector<NameUse> names;
  std::vector<FullNameUse> full_names;
  std::vector<EdgeLine> edge_lines;  // in document order

  // Keeps `text` with the record (until the index takes the record over) and
  // returns a view of it that survives moving the record.
  std::string_view Keep(std::string_view text);

 private:
  friend class CorpusIndex;
  // Behind a pointer: moving a record (as vectors do) must not move the strings.
  // Shared: a copy of a record (the editor keeps each open document's and adds
  // copies to a fresh index after every change) views the same strings.
  std::shared_ptr<std::deque<std::string>> own_;
};

class CorpusIndex {
 public:
  // Takes the record (or a copy of it) over: its strings move into the index's
  // pool, where each distinct one is kept once (an archive repeats its names).
  void Add(DocumentRecord record);
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
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::string_view Intern(std::string_view text);

  std::vector<DocumentRecord> documents_;
  std::unordered_set<std::string, Hash, std::equal_to<>> pool_;
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
