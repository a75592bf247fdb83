// ArchiveIndex: what runs over an archive learn, kept in one SQLite database
// (schema below, documented in the README, "The archive index"), so that a
// later run re-reads only the files that changed, `report` draws the archive
// without the files, and shards indexed on many machines merge into one.
//
// Tables (schema version kSchemaVersion, also in PRAGMA user_version):
//   meta(key, value)            schema_version, translint_version, complete (0 while a run is under way),
//                               indexed_at
//   files(id, path, size, mtime_ns, hash, rules)
//                               one per input file; hash: FNV-1a of its bytes; rules: the fingerprint of
//                               the configuration and tables it was checked with (Linter::Fingerprint)
//   documents(id, file, ord, checked, byte, end_byte, line, language, date, outlet, title, words)
//                               the documents of a file in order (a JSON Lines archive has many)
//   mentions(id, document, entity, cluster, spelling, rendering, given, surname, context, short, count,
//            byte, end_byte, line, col, u16col, end_line, end_col, end_u16col,
//            reported, silenced, given_known, surname_known)
//                               per document, each way it writes a listed entity (entity = its id) or an
//                               unlisted full name (entity NULL; cluster = the id of its cluster), with the
//                               number of mentions and the first one's place
//   edge_lines(id, document, key, surface, byte, end_byte, line, col, u16col, end_line, end_col,
//              end_u16col, line_index, reported, silenced)
//                               short lines at a document's edges (site furniture candidates)
//   findings(id, file, document, scope, check_id, severity, line, col, byte, message, data)
//                               scope "document" or "corpus"; data: the whole finding as JSON
//   entities(id, language, kind, name, house_form)
//                               the listed entities the archive mentions, with the house form per language
//   clusters(id, language, kind, documents, mentions, spellings, stub)
//                               unlisted names spelled several ways, ranked; stub: a rule-table entry (YAML)
//
// Durability: WAL journal; each file's rows are replaced in one transaction
// (a run commits every second or so), so a crash or kill -9 leaves the database
// valid, with every file either as before or as now; `complete` says whether
// the last run finished (its corpus findings and clusters are current). One
// writer at a time: OpenForWriting() takes an exclusive lock on "<db>-lock"
// (released when the process ends, however it ends) and refuses, naming the
// holder, when another process has it. Readers need no lock.
// One thread uses an ArchiveIndex.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "archive/database.h"
#include "corpus/corpus_index.h"
#include "diag/diagnostic.h"

namespace translint {

inline constexpr int kSchemaVersion = 1;

struct IndexedFile {
  int64_t id = 0;
  int64_t size = 0, mtime_ns = 0;
  std::string hash, rules;
};

class ArchiveIndex {
 public:
  static Result<std::unique_ptr<ArchiveIndex>> OpenForWriting(const std::string& path);
  static Result<std::unique_ptr<ArchiveIndex>> OpenForReading(const std::string& path);
  ~ArchiveIndex();

  // The files as the database holds them, by path.
  const std::map<std::string, IndexedFile>& files() const { return files_; }
  // Whether the last run that wrote the database finished.
  bool complete() const { return complete_; }

  // Marks the database incomplete until FinishRun().
  Status BeginRun();
  // Replaces what the database holds about one file, in steps (a JSON Lines
  // archive is checked in parts): BeginFile() removes the old rows and returns
  // the file's new id; AddDocuments() adds the records of some of its documents
  // (in order; `first` is the first one's place among them) and their findings,
  // and returns their ids; EndFile() stores the file's size, time and hash. A
  // file begun but not ended (a run killed in between) never matches its
  // file on disk, so the next run checks it again.
  Result<int64_t> BeginFile(const std::string& path, const std::string& rules);
  Result<std::vector<int64_t>> AddDocuments(int64_t file, size_t first, const std::vector<DocumentRecord>& records,
                                            const std::vector<Diagnostic>& findings);
  Status EndFile(const std::string& path, const IndexedFile& facts);
  // The file is unchanged but for its modification time.
  Status TouchFile(const std::string& path, int64_t mtime_ns);

  // What StoreFile() stored, for a Linter with `table` and `severities`.
  struct Stored {
    std::vector<DocumentRecord> records;
    std::vector<int64_t> ids;
    std::vector<Diagnostic> findings;
  };
  Result<Stored> LoadFile(const std::string& path, const RuleTable& table,
                          const std::map<std::string, Severity>* severities) const;

  // Ends a run over every document of `corpus` (ids: the database's id of each
  // of its documents, in order): removes the files not in `seen`, replaces the
  // corpus findings, the entities and the clusters, marks the database complete
  // and commits.
  Status FinishRun(const std::set<std::string>& seen, const CorpusIndex& corpus, const std::vector<int64_t>& ids,
                   const std::vector<Diagnostic>& corpus_findings);

  // `translint merge`: removes every file from this index (call BeginRun()
  // first), then MergeShard() copies each shard's files, documents, mentions
  // and document findings in; FinishRun() then stores the corpus findings of
  // the whole. A shard must be complete and must not hold a file that an
  // earlier shard holds.
  Status Clear();
  Status MergeShard(const std::string& shard);

  Database& db() { return *db_; }

 private:
  ArchiveIndex(std::unique_ptr<Database> db, int lock_fd) : db_(std::move(db)), lock_fd_(lock_fd) {}
  Status Prepare();
  Status LoadFiles();
  // Opens a transaction when none is open; commits the open one when it has
  // run for a while, so that a long run saves its progress.
  Status Pending();
  Status CommitPending();
  Status InsertFinding(int64_t file, const std::string& scope, const Diagnostic& d);
  Status StoreClusters(const CorpusIndex& corpus, const std::vector<int64_t>& ids);
  Status StoreEntities(const CorpusIndex& corpus);

  std::unique_ptr<Database> db_;
  int lock_fd_ = -1;
  std::map<std::string, IndexedFile> files_;
  bool complete_ = false;
  std::unique_ptr<Transaction> transaction_;
  int64_t transaction_started_ms_ = 0;
  Status PrepareLoad() const;

  Statement insert_file_, delete_file_, end_file_, insert_document_, insert_mention_, insert_edge_, insert_finding_;
  // LoadFile()'s, prepared at its first call (it reads; it changes nothing the caller sees).
  mutable Statement load_documents_, load_mentions_, load_edges_, load_findings_;
  mutable bool load_prepared_ = false;
  // Entity ids to their place in the table LoadFile() was last given.
  mutable const RuleTable* entity_table_ = nullptr;
  mutable std::unordered_map<std::string_view, uint32_t> entity_index_;
};

}  // namespace translint
