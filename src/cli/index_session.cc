#include "cli/index_session.h"

#include <sys/stat.h>

#include <map>

#include "base/hash.h"

namespace translint {

namespace {

// The file's size and modification time (nanoseconds); size -1 when it cannot be read.
IndexedFile StatFile(const std::string& path) {
  IndexedFile facts;
  facts.size = -1;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return facts;
  facts.size = st.st_size;
  facts.mtime_ns = int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec;
  return facts;
}

// A file's hash: of the hashes of its parts, so that parts checked on
// different threads make the same hash as the whole file read in order.
std::string FileHash(const std::string& part_hashes) { return HashHex(Hash64(part_hashes)); }

}  // namespace

Result<std::unique_ptr<IndexSession>> IndexSession::Open(const std::string& db, const std::vector<InputFile>& files) {
  for (const InputFile& f : files) {
    if (f.from_stdin) return Status::Error("standard input cannot go into an index (--db): name the files");
  }
  Result<std::unique_ptr<ArchiveIndex>> index = ArchiveIndex::OpenForWriting(db);
  if (!index.ok()) return index.status();
  if (Status s = (*index)->BeginRun(); !s.ok()) return s;
  std::unique_ptr<IndexSession> session(new IndexSession(std::move(*index), files));
  std::map<const Linter*, std::string> fingerprints;
  for (const InputFile& f : files) {
    auto [it, fresh] = fingerprints.emplace(f.linter, "");
    if (fresh) it->second = f.linter->Fingerprint();
    session->fingerprints_.push_back(it->second);
    session->on_disk_.push_back(StatFile(f.path));
    const auto stored = session->index_->files().find(f.path);
    const IndexedFile& now = session->on_disk_.back();
    session->unchanged_.push_back(stored != session->index_->files().end() && now.size >= 0 &&
                                  stored->second.size == now.size && stored->second.mtime_ns == now.mtime_ns &&
                                  stored->second.rules == it->second);
  }
  return session;
}

bool IndexSession::SameBytes(size_t file, uint64_t hash) const {
  const auto stored = index_->files().find(files_[file].path);
  return stored != index_->files().end() && stored->second.rules == fingerprints_[file] &&
         stored->second.size == on_disk_[file].size && stored->second.hash == FileHash(HashHex(hash));
}

void IndexSession::PutIds(size_t position, const std::vector<int64_t>& ids) {
  if (ids_.size() < position + ids.size()) ids_.resize(position + ids.size());
  std::copy(ids.begin(), ids.end(), ids_.begin() + static_cast<std::ptrdiff_t>(position));
}

Status IndexSession::Load(size_t file, Outcome* outcome) {
  const InputFile& f = files_[file];
  seen_.insert(f.path);
  ++counts_.unchanged;
  Result<ArchiveIndex::Stored> stored = index_->LoadFile(f.path, f.linter->table(), &f.linter->config().checks);
  if (!stored.ok()) return stored.status();
  if (index_->files().at(f.path).mtime_ns != on_disk_[file].mtime_ns) {
    if (Status s = index_->TouchFile(f.path, on_disk_[file].mtime_ns); !s.ok()) return s;
  }
  PutIds(ids_.size(), stored->ids);
  outcome->diagnostics = std::move(stored->findings);
  outcome->records = std::move(stored->records);
  return Status::Ok();
}

Status IndexSession::Store(size_t file, const WorkItem& item, bool last, size_t corpus_position,
                           const Outcome& outcome) {
  const InputFile& f = files_[file];
  if (item.begin == 0) {
    seen_.insert(f.path);
    ++counts_.checked;
    Result<int64_t> id = index_->BeginFile(f.path, fingerprints_[file]);
    if (!id.ok()) return id.status();
    file_id_ = *id;
    documents_ = 0;
    part_hashes_.clear();
  }
  Result<std::vector<int64_t>> ids = index_->AddDocuments(file_id_, documents_, outcome.records, outcome.diagnostics);
  if (!ids.ok()) return ids.status();
  PutIds(corpus_position, *ids);
  documents_ += outcome.records.size();
  part_hashes_ += HashHex(outcome.hash);
  if (!last) return Status::Ok();
  IndexedFile facts = on_disk_[file];
  facts.id = file_id_;
  facts.hash = FileHash(part_hashes_);
  facts.rules = fingerprints_[file];
  return index_->EndFile(f.path, facts);
}

Status IndexSession::Finish(const CorpusIndex& corpus, const std::vector<Diagnostic>& corpus_findings) {
  counts_.removed = 0;
  for (const auto& [path, facts] : index_->files()) counts_.removed += seen_.count(path) == 0;
  ids_.resize(corpus.size());
  return index_->FinishRun(seen_, corpus, ids_, corpus_findings);
}

}  // namespace translint
