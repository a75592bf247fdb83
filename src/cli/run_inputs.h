// RunOverInputs: the run over many inputs that `check`, `fix` and `discover`
// share. The files the options name (Workspace) are read and handled on worker
// threads, a JSON Lines archive larger than kArchivePart in parts of whole
// lines, and the outcomes are reported on the calling thread in path order as
// soon as each and all before it are done, so memory holds only the items in
// flight. With the corpus checks on, the findings wait in a DiagnosticSpool
// until the corpus checks have seen every document (Linter::CheckCorpus), and
// come out merged with theirs, in order.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/workspace.h"
#include "corpus/corpus_index.h"

namespace translint {

// A JSON Lines archive larger than this is checked in parts of this size, on
// every worker thread at once.
inline constexpr size_t kArchivePart = size_t{4} << 20;
// A document (a file, or a line of a JSON Lines archive) larger than this is
// refused with an error naming it: no article is, and checking one of gigabytes
// would take minutes and memory in proportion.
inline constexpr size_t kMaxDocumentBytes = size_t{256} << 20;

// One unit of work: a whole file, or whole lines of a JSON Lines archive.
struct WorkItem {
  size_t file = 0;  // index into the input files
  size_t begin = 0, end = 0;
  bool whole = true;
};

struct Outcome {
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentRecord> records;  // for the corpus checks
  size_t lines = 0;        // line breaks in a part of an archive
  std::string error;       // I/O failure: exit 2
  std::string diff;        // fix --dry-run
  std::string fixed_text;  // fix of standard input
  std::string change_log;  // fix --log: the JSON Lines of the file's changes
  size_t fixed = 0;
  uint64_t hash = 0;       // Hash64 of the item's bytes (runs with --db only)
  bool stored = false;     // the archive index holds the file as it is: nothing was checked
};

// The bytes of an item: standard input, a part of an archive, or a whole file.
Result<std::string> ReadInput(const InputFile& file, const WorkItem& item, const std::string& stdin_text);

// Splits large JSON Lines archives into parts (unless `whole_files`); every
// other file is one item.
Result<std::vector<WorkItem>> PlanWork(const std::vector<InputFile>& files, bool whole_files);

// The bytes of each item (a whole file's size; 0 for a file that cannot be stat'ed).
std::vector<uint64_t> ItemBytes(const std::vector<InputFile>& files, const std::vector<WorkItem>& items,
                                size_t stdin_bytes);

// A part of an archive was read as if it started at line 1: moves the places of
// its findings and records down by the lines of the parts before it.
void ShiftLines(size_t lines, Outcome* outcome);

// What the run wants of an item besides its findings.
struct ItemNeeds {
  bool records = false;  // the documents' records (corpus checks, index)
  // Set in runs with the archive index (and only then is Outcome::hash
  // computed): given the hash of a whole file's bytes, whether the index
  // already holds them (then the handler returns at once, with `stored` set).
  std::function<bool(uint64_t hash)> indexed;
};

// Handles one item on a worker thread.
using HandleInput = std::function<Outcome(const InputFile& file, const WorkItem& item, const std::string& stdin_text,
                                          const ItemNeeds& needs)>;

// Reads and checks one item (what `check` and `index` do with each).
Outcome CheckItem(const InputFile& file, const WorkItem& item, const std::string& stdin_text, const ItemNeeds& needs);

// The corpus index keeps no text: the excerpts of corpus findings come back
// from the inputs (a file that cannot be read keeps none).
void SetCorpusExcerpts(const std::vector<InputFile>& files, const std::string& stdin_text,
                       std::vector<Diagnostic>* findings);

// kCheck reports the findings; kFix prints diffs or the fixed text instead, and
// the corpus checks do not run; kIndex (`translint index`) stores everything in
// options.db and prints only a summary. With options.db, kCheck also updates
// the index and takes what it holds for the unchanged files.
enum class RunMode { kCheck, kFix, kIndex };

// Returns the exit code (see commands.h).
int RunOverInputs(const Options& options, std::ostream& out, std::ostream& err, const HandleInput& one, RunMode mode);

}  // namespace translint
