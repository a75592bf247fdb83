#include "archive/archive_index.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "archive/diagnostic_json.h"
#include "check/names/unlisted_full_names.h"
#include "report/entity_stubs.h"
#include "rules/entity.h"

namespace translint {

namespace {

const char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
  id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
  hash TEXT NOT NULL, rules TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id INTEGER PRIMARY KEY, file INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  checked INTEGER NOT NULL, byte INTEGER, end_byte INTEGER, line INTEGER, language TEXT, date TEXT, outlet TEXT,
  title TEXT, words INTEGER, UNIQUE(file, ord));
CREATE TABLE IF NOT EXISTS mentions(
  id INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity TEXT, cluster TEXT, spelling TEXT NOT NULL, rendering TEXT, given TEXT, surname TEXT, context TEXT,
  short INTEGER NOT NULL, count INTEGER NOT NULL, byte INTEGER, end_byte INTEGER, line INTEGER, col INTEGER,
  u16col INTEGER, end_line INTEGER, end_col INTEGER, end_u16col INTEGER, reported INTEGER NOT NULL,
  silenced INTEGER NOT NULL, given_known INTEGER NOT NULL, surname_known INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_by_document ON mentions(document);
CREATE INDEX IF NOT EXISTS mentions_by_entity ON mentions(entity);
CREATE TABLE IF NOT EXISTS edge_lines(
  id INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  key TEXT NOT NULL, surface TEXT NOT NULL, byte INTEGER, end_byte INTEGER, line INTEGER, col INTEGER,
  u16col INTEGER, end_line INTEGER, end_col INTEGER, end_u16col INTEGER, line_index INTEGER,
  reported INTEGER NOT NULL, silenced INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS edge_lines_by_document ON edge_lines(document);
CREATE TABLE IF NOT EXISTS findings(
  id INTEGER PRIMARY KEY, file INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  document INTEGER REFERENCES documents(id) ON DELETE CASCADE, scope TEXT NOT NULL, check_id TEXT NOT NULL,
  severity TEXT NOT NULL, line INTEGER, col INTEGER, byte INTEGER, message TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS findings_by_file ON findings(file);
CREATE INDEX IF NOT EXISTS findings_by_document ON findings(document);
CREATE INDEX IF NOT EXISTS findings_by_check ON findings(check_id);
CREATE TABLE IF NOT EXISTS entities(
  id TEXT NOT NULL, language TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, house_form TEXT NOT NULL,
  PRIMARY KEY(id, language));
CREATE TABLE IF NOT EXISTS clusters(
  id TEXT PRIMARY KEY, language TEXT NOT NULL, kind TEXT NOT NULL, documents INTEGER NOT NULL,
  mentions INTEGER NOT NULL, spellings TEXT NOT NULL, stub TEXT NOT NULL);
)sql";

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return text;
}

// Binds a place to 8 consecutive parameters from `first`.
void BindPlace(Statement& s, int first, const Place& p) {
  s.Bind(first, static_cast<int64_t>(p.span.begin)).Bind(first + 1, static_cast<int64_t>(p.span.end));
  s.Bind(first + 2, int64_t{p.start.line}).Bind(first + 3, int64_t{p.start.column});
  s.Bind(first + 4, int64_t{p.start.utf16_column}).Bind(first + 5, int64_t{p.end.line});
  s.Bind(first + 6, int64_t{p.end.column}).Bind(first + 7, int64_t{p.end.utf16_column});
}

Place PlaceAt(const Statement& s, int first) {
  const auto u32 = [&](int k) { return static_cast<uint32_t>(s.Int(first + k)); };
  return Place{Span{static_cast<size_t>(s.Int(first)), static_cast<size_t>(s.Int(first + 1))},
               PlacePosition{u32(2), u32(3), u32(4)}, PlacePosition{u32(5), u32(6), u32(7)}};
}

const char kPlaceColumns[] = "byte, end_byte, line, col, u16col, end_line, end_col, end_u16col";

// The lock that makes one process the writer: "<db>-lock", holding the
// writer's process id for the message of the next one.
Result<int> TakeWriterLock(const std::string& path) {
  const std::string lock_path = path + "-lock";
  const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::Error(lock_path + ": cannot create the index's lock file: " + std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    char pid[32] = {0};
    const ssize_t n = ::pread(fd, pid, sizeof pid - 1, 0);
    ::close(fd);
    std::string holder = n > 0 ? std::string(pid, static_cast<size_t>(n)) : "?";
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
    return Status::Error(path + ": another translint process (pid " + holder +
                         ") is writing to this index; wait for it to finish, or write to another --db and "
                         "combine the two with `translint merge`");
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    // The pid is only for the message; the lock is what matters.
  }
  return fd;
}

Status CheckSchema(Database& db) {
  Result<int64_t> version = db.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version == kSchemaVersion) return Status::Ok();
  Result<int64_t> tables = db.QueryInt("SELECT count(*) FROM sqlite_schema");
  if (!tables.ok()) return tables.status();
  if (*version == 0 && *tables > 0) {
    return Status::Error(db.path() + ": an SQLite database that is not a translint index; name another --db");
  }
  if (*version != 0) {
    return Status::Error(db.path() + ": an index of schema version " + std::to_string(*version) +
                         "; this translint reads version " + std::to_string(kSchemaVersion) +
                         ": delete it and index again");
  }
  return Status::Ok();
}

Status PrepareInto(Database& db, Statement* statement, const std::string& sql) {
  Result<Statement> prepared = db.Prepare(sql);
  if (!prepared.ok()) return prepared.status();
  *statement = std::move(*prepared);
  return Status::Ok();
}

// A stub without the comment lines `discover` puts above its entries (about
// the whole output, not this entry).
std::string WithoutLeadingComments(const std::string& yaml) {
  size_t at = 0;
  while (at < yaml.size() && yaml[at] == '#') {
    const size_t end = yaml.find('\n', at);
    at = end == std::string::npos ? yaml.size() : end + 1;
  }
  return yaml.substr(at);
}

}  // namespace

Result<std::unique_ptr<ArchiveIndex>> ArchiveIndex::OpenForWriting(const std::string& path) {
  Result<int> lock = TakeWriterLock(path);
  if (!lock.ok()) return lock.status();
  Result<std::unique_ptr<Database>> db = Database::Open(path, Database::Mode::kCreate);
  if (!db.ok()) {
    ::close(*lock);
    return db.status();
  }
  std::unique_ptr<ArchiveIndex> index(new ArchiveIndex(std::move(*db), *lock));
  Database& d = *index->db_;
  Status s = CheckSchema(d);
  if (s.ok()) s = d.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON");
  if (s.ok()) s = d.Execute(std::string("BEGIN IMMEDIATE;") + kSchema + "PRAGMA user_version=" +
                            std::to_string(kSchemaVersion) + "; INSERT OR IGNORE INTO meta VALUES('schema_version','" +
                            std::to_string(kSchemaVersion) + "'), ('complete', '0'); COMMIT;");
  if (s.ok()) s = index->Prepare();
  if (s.ok()) s = index->LoadFiles();
  if (!s.ok()) return s;
  return index;
}

Result<std::unique_ptr<ArchiveIndex>> ArchiveIndex::OpenForReading(const std::string& path) {
  Result<std::unique_ptr<Database>> db = Database::Open(path, Database::Mode::kReadOnly);
  if (!db.ok()) return db.status();
  std::unique_ptr<ArchiveIndex> index(new ArchiveIndex(std::move(*db), -1));
  Result<int64_t> version = index->db_->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version != kSchemaVersion) {
    Status s = CheckSchema(*index->db_);
    return s.ok() ? Status::Error(path + ": not a translint index (empty)") : s;
  }
  if (Status s = index->LoadFiles(); !s.ok()) return s;
  return index;
}

ArchiveIndex::~ArchiveIndex() {
  // What is not committed is rolled back: the database keeps its last
  // committed state, marked incomplete.
  transaction_.reset();
  insert_file_ = Statement();
  end_file_ = Statement();
  delete_file_ = Statement();
  insert_document_ = Statement();
  insert_mention_ = Statement();
  insert_edge_ = Statement();
  insert_finding_ = Statement();
  load_documents_ = Statement();
  load_mentions_ = Statement();
  load_edges_ = Statement();
  load_findings_ = Statement();
  db_.reset();
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

Status ArchiveIndex::Prepare() {
  const auto prepare = [&](Statement* s, const std::string& sql) { return PrepareInto(*db_, s, sql); };
  const std::string place = kPlaceColumns;
  Status s = prepare(&insert_file_,
                     "INSERT INTO files(path, size, mtime_ns, hash, rules) VALUES(?1, ?2, ?3, ?4, ?5) RETURNING id");
  if (s.ok()) s = prepare(&delete_file_, "DELETE FROM files WHERE path = ?1");
  if (s.ok()) s = prepare(&end_file_, "UPDATE files SET size = ?1, mtime_ns = ?2, hash = ?3 WHERE id = ?4");
  if (s.ok()) {
    s = prepare(&insert_document_,
                "INSERT INTO documents(file, ord, checked, byte, end_byte, line, language, date, outlet, title, words) "
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id");
  }
  if (s.ok()) {
    s = prepare(&insert_mention_,
                "INSERT INTO mentions(document, entity, spelling, rendering, given, surname, context, short, count, " +
                    place + ", reported, silenced, given_known, surname_known) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                    "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)");
  }
  if (s.ok()) {
    s = prepare(&insert_edge_, "INSERT INTO edge_lines(document, key, surface, " + place +
                                   ", line_index, reported, silenced) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                   "?11, ?12, ?13, ?14)");
  }
  if (s.ok()) {
    s = prepare(&insert_finding_,
                "INSERT INTO findings(file, document, scope, check_id, severity, line, col, byte, message, data) "
                "VALUES(?1, (SELECT id FROM documents WHERE file = ?1 AND byte <= ?7 ORDER BY byte DESC LIMIT 1), "
                "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  }
  return s;
}

Status ArchiveIndex::LoadFiles() {
  Result<Statement> s = db_->Prepare("SELECT id, path, size, mtime_ns, hash, rules FROM files");
  if (!s.ok()) return s.status();
  while (s->Step()) {
    files_[std::string(s->Text(1))] =
        IndexedFile{s->Int(0), s->Int(2), s->Int(3), std::string(s->Text(4)), std::string(s->Text(5))};
  }
  if (!s->status().ok()) return s->status();
  Result<int64_t> complete = db_->QueryInt("SELECT value = '1' FROM meta WHERE key = 'complete'");
  if (!complete.ok()) return complete.status();
  complete_ = *complete != 0;
  return Status::Ok();
}

Status ArchiveIndex::Pending() {
  if (transaction_ && NowMs() - transaction_started_ms_ > 1000) {
    if (Status s = CommitPending(); !s.ok()) return s;
  }
  if (!transaction_) {
    transaction_ = std::make_unique<Transaction>(db_.get());
    transaction_started_ms_ = NowMs();
    if (!transaction_->begun().ok()) {
      Status s = transaction_->begun();
      transaction_.reset();
      return s;
    }
  }
  return Status::Ok();
}

Status ArchiveIndex::CommitPending() {
  if (!transaction_) return Status::Ok();
  Status s = transaction_->Commit();
  transaction_.reset();
  return s;
}

Status ArchiveIndex::BeginRun() {
  complete_ = false;
  return db_->Execute("UPDATE meta SET value = '0' WHERE key = 'complete'");
}

Status ArchiveIndex::InsertFinding(int64_t file, const std::string& scope, const Diagnostic& d) {
  insert_finding_.Bind(1, file).Bind(2, scope).Bind(3, d.check).Bind(4, ToString(d.severity));
  insert_finding_.Bind(5, static_cast<int64_t>(d.location.start.line));
  insert_finding_.Bind(6, static_cast<int64_t>(d.location.start.column));
  insert_finding_.Bind(7, static_cast<int64_t>(d.location.span.begin));
  insert_finding_.Bind(8, d.message).Bind(9, DiagnosticToJson(d));
  return insert_finding_.Run();
}

Result<int64_t> ArchiveIndex::BeginFile(const std::string& path, const std::string& rules) {
  if (Status s = Pending(); !s.ok()) return s;
  if (Status s = delete_file_.Bind(1, path).Run(); !s.ok()) return s;
  files_.erase(path);
  insert_file_.Bind(1, path).Bind(2, int64_t{-1}).Bind(3, int64_t{0}).Bind(4, "").Bind(5, rules);
  if (!insert_file_.Step()) return insert_file_.status().ok() ? Status::Error(path + ": no file id") : insert_file_.status();
  const int64_t file = insert_file_.Int(0);
  while (insert_file_.Step()) {
  }
  return file;
}

Status ArchiveIndex::EndFile(const std::string& path, const IndexedFile& facts) {
  end_file_.Bind(1, facts.size).Bind(2, facts.mtime_ns).Bind(3, facts.hash).Bind(4, facts.id);
  if (Status s = end_file_.Run(); !s.ok()) return s;
  files_[path] = facts;
  return Status::Ok();
}

Result<std::vector<int64_t>> ArchiveIndex::AddDocuments(int64_t file, size_t first,
                                                        const std::vector<DocumentRecord>& records,
                                                        const std::vector<Diagnostic>& findings) {
  if (Status s = Pending(); !s.ok()) return s;
  std::vector<int64_t> ids;
  for (size_t k = 0; k < records.size(); ++k) {
    const DocumentRecord& r = records[k];
    const int64_t ord = static_cast<int64_t>(first + k);
    const bool checked = r.table != nullptr;
    insert_document_.Bind(1, file).Bind(2, ord).Bind(3, int64_t{checked});
    insert_document_.Bind(4, static_cast<int64_t>(r.place.span.begin)).Bind(5, static_cast<int64_t>(r.place.span.end));
    insert_document_.Bind(6, int64_t{r.place.start.line}).Bind(7, r.language).Bind(8, r.date).Bind(9, r.outlet);
    insert_document_.Bind(10, r.title).Bind(11, int64_t{r.words});
    if (!insert_document_.Step()) return insert_document_.status();
    const int64_t document = insert_document_.Int(0);
    while (insert_document_.Step()) {
    }
    ids.push_back(document);
    for (const NameUse& u : r.names) {
      Statement& m = insert_mention_;
      m.Bind(1, document).Bind(2, r.table->entities()[u.entity].id).Bind(3, u.surface).Bind(4, u.rendering);
      m.BindNull(5).BindNull(6).BindNull(7).Bind(8, int64_t{u.is_short}).Bind(9, int64_t{u.count});
      BindPlace(m, 10, u.first);
      m.Bind(18, int64_t{u.reported}).Bind(19, int64_t{u.silenced}).Bind(20, int64_t{0}).Bind(21, int64_t{0});
      if (Status s = m.Run(); !s.ok()) return s;
    }
    for (const FullNameUse& u : r.full_names) {
      Statement& m = insert_mention_;
      m.BindNull(2).Bind(1, document).Bind(3, std::string(u.given) + " " + std::string(u.surname)).BindNull(4);
      m.Bind(5, u.given).Bind(6, u.surname).Bind(7, u.context).Bind(8, int64_t{0}).Bind(9, int64_t{u.count});
      BindPlace(m, 10, u.first);
      m.Bind(18, int64_t{0}).Bind(19, int64_t{u.silenced}).Bind(20, int64_t{u.given_known});
      m.Bind(21, int64_t{u.surname_known});
      if (Status s = m.Run(); !s.ok()) return s;
    }
    for (const EdgeLine& e : r.edge_lines) {
      Statement& m = insert_edge_;
      m.Bind(1, document).Bind(2, e.key).Bind(3, e.surface);
      BindPlace(m, 4, e.place);
      m.Bind(12, int64_t{e.line}).Bind(13, int64_t{e.reported}).Bind(14, int64_t{e.silenced});
      if (Status s = m.Run(); !s.ok()) return s;
    }
  }
  for (const Diagnostic& d : findings) {
    if (Status s = InsertFinding(file, "document", d); !s.ok()) return s;
  }
  return ids;
}

Status ArchiveIndex::TouchFile(const std::string& path, int64_t mtime_ns) {
  if (Status s = Pending(); !s.ok()) return s;
  Result<Statement> s = db_->Prepare("UPDATE files SET mtime_ns = ?1 WHERE path = ?2");
  if (!s.ok()) return s.status();
  files_[path].mtime_ns = mtime_ns;
  return s->Bind(1, mtime_ns).Bind(2, path).Run();
}

Status ArchiveIndex::PrepareLoad() const {
  if (load_prepared_) return Status::Ok();
  const auto prepare = [&](Statement* s, const std::string& sql) { return PrepareInto(*db_, s, sql); };
  Status s = prepare(&load_documents_,
                     "SELECT id, checked, byte, end_byte, line, language, date, outlet, title, words FROM documents "
                     "WHERE file = ?1 ORDER BY ord");
  if (s.ok()) {
    s = prepare(&load_mentions_,
                "SELECT m.document, m.entity, m.spelling, m.rendering, m.given, m.surname, m.context, m.short, "
                "m.count, m.byte, m.end_byte, m.line, m.col, m.u16col, m.end_line, m.end_col, m.end_u16col, "
                "m.reported, m.silenced, m.given_known, m.surname_known FROM mentions m "
                "JOIN documents d ON m.document = d.id WHERE d.file = ?1 ORDER BY m.id");
  }
  if (s.ok()) {
    s = prepare(&load_edges_,
                "SELECT e.document, e.key, e.surface, e.byte, e.end_byte, e.line, e.col, e.u16col, e.end_line, "
                "e.end_col, e.end_u16col, e.line_index, e.reported, e.silenced FROM edge_lines e "
                "JOIN documents d ON e.document = d.id WHERE d.file = ?1 ORDER BY e.id");
  }
  if (s.ok()) {
    s = prepare(&load_findings_, "SELECT data FROM findings WHERE file = ?1 AND scope = 'document' ORDER BY id");
  }
  load_prepared_ = s.ok();
  return s;
}

Result<ArchiveIndex::Stored> ArchiveIndex::LoadFile(const std::string& path, const RuleTable& table,
                                                    const std::map<std::string, Severity>* severities) const {
  Stored stored;
  const auto found = files_.find(path);
  if (found == files_.end()) return stored;
  const int64_t file = found->second.id;
  if (entity_table_ != &table) {  // built once per table, not per file
    entity_index_.clear();
    for (size_t i = 0; i < table.entities().size(); ++i) {
      entity_index_.emplace(table.entities()[i].id, static_cast<uint32_t>(i));
    }
    entity_table_ = &table;
  }
  const std::unordered_map<std::string_view, uint32_t>& entity_index = entity_index_;
  if (Status s = PrepareLoad(); !s.ok()) return s;
  Statement* docs = &load_documents_;
  std::map<int64_t, size_t> at;  // document id -> index in stored.records
  docs->Reset().Bind(1, file);
  while (docs->Step()) {
    DocumentRecord r;
    stored.ids.push_back(docs->Int(0));
    at[docs->Int(0)] = stored.records.size();
    if (docs->Int(1) != 0) {
      r.path = r.Keep(path);
      r.place.span = Span{static_cast<size_t>(docs->Int(2)), static_cast<size_t>(docs->Int(3))};
      r.place.start.line = static_cast<uint32_t>(docs->Int(4));
      r.language = r.Keep(docs->Text(5));
      r.date = r.Keep(docs->Text(6));
      r.outlet = r.Keep(docs->Text(7));
      r.title = r.Keep(docs->Text(8));
      r.words = static_cast<uint32_t>(docs->Int(9));
      r.table = &table;
      r.severities = severities;
    }
    stored.records.push_back(std::move(r));
  }
  if (!docs->status().ok()) return docs->status();
  Statement* mentions = &load_mentions_;
  mentions->Reset().Bind(1, file);
  while (mentions->Step()) {
    const Statement& m = *mentions;
    DocumentRecord& r = stored.records[at[m.Int(0)]];
    if (!m.IsNull(1)) {
      const auto entity = entity_index.find(m.Text(1));
      if (entity == entity_index.end()) return Status::Error(db_->path() + ": " + path + " names entity \"" +
                                                             std::string(m.Text(1)) + "\", which the tables no longer list; index it again");
      NameUse u;
      u.entity = entity->second;
      u.surface = r.Keep(m.Text(2));
      u.rendering = r.Keep(m.Text(3));
      u.is_short = m.Int(7) != 0;
      u.count = static_cast<uint32_t>(m.Int(8));
      u.first = PlaceAt(m, 9);
      u.reported = m.Int(17) != 0;
      u.silenced = m.Int(18) != 0;
      r.names.push_back(u);
    } else {
      FullNameUse u;
      u.given = r.Keep(m.Text(4));
      u.surname = r.Keep(m.Text(5));
      u.context = r.Keep(m.Text(6));
      u.count = static_cast<uint32_t>(m.Int(8));
      u.first = PlaceAt(m, 9);
      u.silenced = m.Int(18) != 0;
      u.given_known = m.Int(19) != 0;
      u.surname_known = m.Int(20) != 0;
      r.full_names.push_back(u);
    }
  }
  if (!mentions->status().ok()) return mentions->status();
  Statement* edges = &load_edges_;
  edges->Reset().Bind(1, file);
  while (edges->Step()) {
    const Statement& e = *edges;
    DocumentRecord& r = stored.records[at[e.Int(0)]];
    EdgeLine line;
    line.key = r.Keep(e.Text(1));
    line.surface = r.Keep(e.Text(2));
    line.place = PlaceAt(e, 3);
    line.line = static_cast<uint32_t>(e.Int(11));
    line.reported = e.Int(12) != 0;
    line.silenced = e.Int(13) != 0;
    r.edge_lines.push_back(line);
  }
  if (!edges->status().ok()) return edges->status();
  Statement* findings = &load_findings_;
  findings->Reset().Bind(1, file);
  while (findings->Step()) {
    std::optional<Diagnostic> d = DiagnosticFromJson(findings->Text(0));
    if (!d) return Status::Error(db_->path() + ": a finding of " + path + " is damaged; index it again");
    d->location.path = path;
    for (Note& n : d->notes) n.location.path = path;
    stored.findings.push_back(std::move(*d));
  }
  if (!findings->status().ok()) return findings->status();
  return stored;
}

Status ArchiveIndex::StoreEntities(const CorpusIndex& corpus) {
  if (Status s = db_->Execute("DELETE FROM entities"); !s.ok()) return s;
  Result<Statement> insert = db_->Prepare("INSERT OR IGNORE INTO entities VALUES(?1, ?2, ?3, ?4, ?5)");
  if (!insert.ok()) return insert.status();
  std::set<const Entity*> seen;
  for (const DocumentRecord& r : corpus.documents()) {
    for (const NameUse& u : r.names) {
      const Entity& e = r.table->entities()[u.entity];
      if (!seen.insert(&e).second) continue;
      for (const auto& [language, spelling] : e.preferred) {
        insert->Bind(1, e.id).Bind(2, language).Bind(3, ToString(e.kind)).Bind(4, e.DisplayName());
        if (Status s = insert->Bind(5, spelling.text).Run(); !s.ok()) return s;
      }
    }
  }
  return Status::Ok();
}

Status ArchiveIndex::StoreClusters(const CorpusIndex& corpus, const std::vector<int64_t>& ids) {
  if (Status s = db_->Execute("DELETE FROM clusters; UPDATE mentions SET cluster = NULL WHERE cluster IS NOT NULL");
      !s.ok()) {
    return s;
  }
  Result<Statement> insert = db_->Prepare("INSERT OR REPLACE INTO clusters VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  Result<Statement> mark = db_->Prepare(
      "UPDATE mentions SET cluster = ?1 WHERE document = ?2 AND entity IS NULL AND given = ?3 AND surname = ?4");
  if (!insert.ok()) return insert.status();
  if (!mark.ok()) return mark.status();
  for (const FullNameGroup& group : GroupFullNames(corpus)) {
    std::ostringstream stub;
    WriteEntityStubs({group}, corpus, stub);
    std::ostringstream json;
    WriteEntityStubsJson({group}, corpus, json);
    const nlohmann::json parsed = nlohmann::json::parse(json.str(), nullptr, false);
    if (parsed.is_discarded() || parsed["clusters"].empty()) continue;
    const nlohmann::json cluster = parsed["clusters"][0];
    std::set<size_t> documents;
    size_t mentions = 0;
    for (const FullNameSpelling& s : group.spellings) {
      documents.insert(s.documents.begin(), s.documents.end());
      mentions += s.mentions;
    }
    const std::string id = cluster["id"].get<std::string>();
    insert->Bind(1, id).Bind(2, group.language).Bind(3, cluster["kind"].get<std::string>());
    insert->Bind(4, static_cast<int64_t>(documents.size())).Bind(5, static_cast<int64_t>(mentions));
    insert->Bind(6, cluster["spellings"].dump()).Bind(7, WithoutLeadingComments(stub.str()));
    if (Status s = insert->Run(); !s.ok()) return s;
    for (const FullNameSpelling& s : group.spellings) {
      for (size_t k = 0; k < s.documents.size(); ++k) {
        mark->Bind(1, id).Bind(2, ids[s.documents[k]]).Bind(3, s.firsts[k]->given).Bind(4, s.firsts[k]->surname);
        if (Status st = mark->Run(); !st.ok()) return st;
      }
    }
  }
  return Status::Ok();
}

Status ArchiveIndex::FinishRun(const std::set<std::string>& seen, const CorpusIndex& corpus,
                               const std::vector<int64_t>& ids, const std::vector<Diagnostic>& corpus_findings) {
  if (Status s = Pending(); !s.ok()) return s;
  for (auto it = files_.begin(); it != files_.end();) {
    if (seen.count(it->first)) {
      ++it;
      continue;
    }
    if (Status s = delete_file_.Bind(1, it->first).Run(); !s.ok()) return s;
    it = files_.erase(it);
  }
  if (Status s = db_->Execute("DELETE FROM findings WHERE scope = 'corpus'"); !s.ok()) return s;
  for (const Diagnostic& d : corpus_findings) {
    const auto file = files_.find(d.location.path);
    if (file == files_.end()) continue;
    if (Status s = InsertFinding(file->second.id, "corpus", d); !s.ok()) return s;
  }
  if (Status s = StoreEntities(corpus); !s.ok()) return s;
  if (Status s = StoreClusters(corpus, ids); !s.ok()) return s;
  Result<Statement> meta = db_->Prepare("INSERT OR REPLACE INTO meta VALUES(?1, ?2)");
  if (!meta.ok()) return meta.status();
  for (const auto& [key, value] : std::map<std::string, std::string>{
           {"complete", "1"}, {"indexed_at", UtcNow()}, {"translint_version", TRANSLINT_VERSION}}) {
    if (Status s = meta->Bind(1, key).Bind(2, value).Run(); !s.ok()) return s;
  }
  if (Status s = CommitPending(); !s.ok()) return s;
  complete_ = true;
  return Status::Ok();
}

Status ArchiveIndex::Clear() {
  if (Status s = Pending(); !s.ok()) return s;
  if (Status s = db_->Execute("DELETE FROM files; DELETE FROM entities; DELETE FROM clusters"); !s.ok()) return s;
  files_.clear();
  return CommitPending();
}

namespace {

// What a shard adds to the ids of each table: the largest id the index has.
Result<int64_t> IdOffset(Database& db, const std::string& table) {
  return db.QueryInt("SELECT coalesce(max(id), 0) FROM main." + table);
}

}  // namespace

Status ArchiveIndex::MergeShard(const std::string& shard) {
  {
    // Read on its own first: a shard that is no index, of another schema
    // version or from an unfinished run is named before anything is copied.
    Result<std::unique_ptr<ArchiveIndex>> read = OpenForReading(shard);
    if (!read.ok()) return read.status();
    if (!(*read)->complete()) {
      return Status::Error(shard + ": the last `translint index` into this shard did not finish; run it again, "
                                   "then merge");
    }
  }
  if (Status s = CommitPending(); !s.ok()) return s;
  Result<Statement> attach = db_->Prepare("ATTACH DATABASE ?1 AS shard");
  if (!attach.ok()) return attach.status();
  if (Status s = attach->Bind(1, shard).Run(); !s.ok()) return s;
  *attach = Statement();
  Status s = [&]() -> Status {
    Result<Statement> overlap =
        db_->Prepare("SELECT s.path FROM shard.files s JOIN main.files m ON s.path = m.path LIMIT 1");
    if (!overlap.ok()) return overlap.status();
    if (overlap->Step()) {
      return Status::Error(shard + ": holds " + std::string(overlap->Text(0)) +
                           ", which an earlier shard holds too; give every file to one shard only");
    }
    if (!overlap->status().ok()) return overlap->status();
    *overlap = Statement();
    std::map<std::string, int64_t> offset;
    for (const char* table : {"files", "documents", "mentions", "edge_lines", "findings"}) {
      Result<int64_t> o = IdOffset(*db_, table);
      if (!o.ok()) return o.status();
      offset[table] = *o;
    }
    const auto plus = [&](const char* column, const char* table) {
      return std::string(column) + " + " + std::to_string(offset[table]);
    };
    const std::string place = kPlaceColumns;
    Transaction transaction(db_.get());
    if (!transaction.begun().ok()) return transaction.begun();
    const std::string sql =
        "INSERT INTO main.files SELECT " + plus("id", "files") + ", path, size, mtime_ns, hash, rules FROM "
        "shard.files;"
        "INSERT INTO main.documents SELECT " + plus("id", "documents") + ", " + plus("file", "files") +
        ", ord, checked, byte, end_byte, line, language, date, outlet, title, words FROM shard.documents;"
        "INSERT INTO main.mentions SELECT " + plus("id", "mentions") + ", " + plus("document", "documents") +
        ", entity, NULL, spelling, rendering, given, surname, context, short, count, " + place +
        ", reported, silenced, given_known, surname_known FROM shard.mentions;"
        "INSERT INTO main.edge_lines SELECT " + plus("id", "edge_lines") + ", " + plus("document", "documents") +
        ", key, surface, " + place + ", line_index, reported, silenced FROM shard.edge_lines;"
        "INSERT INTO main.findings SELECT " + plus("id", "findings") + ", " + plus("file", "files") + ", " +
        plus("document", "documents") + ", scope, check_id, severity, line, col, byte, message, data FROM "
        "shard.findings WHERE scope = 'document';";
    if (Status st = db_->Execute(sql); !st.ok()) return st;
    return transaction.Commit();
  }();
  Status detached = db_->Execute("DETACH DATABASE shard");
  if (!s.ok()) return s;
  if (!detached.ok()) return detached;
  return LoadFiles();
}

}  // namespace translint
