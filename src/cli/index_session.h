// IndexSession: what a run with --db (`translint index`, `check --db`) does
// with the archive index, between the workers that check files and the thread
// that reports them (run_inputs.h).
//
// Open() takes the index's writer lock, and tells for each input file whether
// the index already holds it as it is: same size and modification time, checked
// with the same configuration and tables (Linter::Fingerprint). Workers skip
// those (Unchanged(); read-only, safe on any thread) and, for a whole file whose
// time changed but whose bytes did not, SameBytes() says so after reading it.
// The reporting thread then, in path order, either Load()s what the index holds
// about a skipped file or Store()s what was just found, and at the end Finish()
// removes the files that are gone and stores the corpus findings.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "archive/archive_index.h"
#include "cli/run_inputs.h"

namespace translint {

class IndexSession {
 public:
  static Result<std::unique_ptr<IndexSession>> Open(const std::string& db, const std::vector<InputFile>& files);

  bool Unchanged(size_t file) const { return unchanged_[file]; }
  // Whether `hash` (of a whole file's bytes) is the indexed one, under the same rules.
  bool SameBytes(size_t file, uint64_t hash) const;

  // The stored findings and records of an unchanged file (its first item).
  Status Load(size_t file, Outcome* outcome);
  // Stores an item just checked (or confirmed by SameBytes) whose records will
  // be the corpus's documents from `corpus_position` on; `last`: the file's last item.
  Status Store(size_t file, const WorkItem& item, bool last, size_t corpus_position, const Outcome& outcome);
  // The end of the run: the corpus findings (excerpts set), and the corpus.
  Status Finish(const CorpusIndex& corpus, const std::vector<Diagnostic>& corpus_findings);

  struct Counts {
    size_t checked = 0, unchanged = 0, removed = 0;
  };
  const Counts& counts() const { return counts_; }

 private:
  IndexSession(std::unique_ptr<ArchiveIndex> index, const std::vector<InputFile>& files)
      : index_(std::move(index)), files_(files) {}
  void PutIds(size_t position, const std::vector<int64_t>& ids);

  std::unique_ptr<ArchiveIndex> index_;
  const std::vector<InputFile>& files_;
  std::vector<bool> unchanged_;
  std::vector<IndexedFile> on_disk_;       // size and time now, by file
  std::vector<std::string> fingerprints_;  // by file
  std::vector<int64_t> ids_;               // the database id of each corpus document
  std::set<std::string> seen_;
  // The file being stored (a JSON Lines archive takes several items).
  int64_t file_id_ = 0;
  size_t documents_ = 0;
  std::string part_hashes_;
  Counts counts_;
};

}  // namespace translint
