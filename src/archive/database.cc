#include "archive/database.h"

#include <sqlite3.h>

namespace translint {

Statement::Statement(Statement&& other) noexcept { *this = std::move(other); }

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(statement_);
    db_ = other.db_;
    statement_ = other.statement_;
    status_ = std::move(other.status_);
    other.statement_ = nullptr;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement& Statement::Reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
  status_ = Status::Ok();
  return *this;
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(statement_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(statement_, index);
  return *this;
}

bool Statement::Step() {
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = db_->Error("running a statement");
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
  return false;
}

Status Statement::Run() {
  while (Step()) {
  }
  return status_;
}

int64_t Statement::Int(int column) const { return sqlite3_column_int64(statement_, column); }

std::string_view Statement::Text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
  if (text == nullptr) return {};
  return std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(statement_, column)));
}

int Statement::Columns() const { return sqlite3_column_count(statement_); }

bool Statement::IsNull(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, Mode mode) {
  int flags = SQLITE_OPEN_NOMUTEX;
  flags |= mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (mode == Mode::kCreate) flags |= SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  std::unique_ptr<Database> database(new Database(path, db));
  if (rc != SQLITE_OK) {
    if (rc == SQLITE_CANTOPEN && mode != Mode::kCreate) {
      return Status::Error(path + ": cannot open the index (no such file, or no permission); create it with "
                                  "`translint index PATH --db " + path + "`");
    }
    return database->Error("opening the index");
  }
  sqlite3_extended_result_codes(db, 1);
  // Another connection writing (index, merge): wait for it a while rather than fail at once.
  sqlite3_busy_timeout(db, 10000);
  // SQLite opens lazily: read the header now, so that a file that is not a
  // database is reported here, by name.
  if (Result<int64_t> check = database->QueryInt("SELECT count(*) FROM sqlite_schema"); !check.ok()) {
    return check.status();
  }
  return database;
}

Database::~Database() { sqlite3_close_v2(db_); }

Status Database::Error(std::string_view doing) const {
  const int code = sqlite3_errcode(db_);
  std::string message = path_ + ": " + std::string(doing) + ": " + sqlite3_errmsg(db_);
  if ((code & 0xff) == SQLITE_NOTADB) message = path_ + ": not a translint index (not an SQLite database)";
  if ((code & 0xff) == SQLITE_CORRUPT) {
    message += " — the file is damaged; delete it and run `translint index` again";
  }
  if ((code & 0xff) == SQLITE_BUSY) message += " — another process holds the index; try again when it is done";
  if ((code & 0xff) == SQLITE_FULL) message += " — the disk is full";
  return Status::Error(message);
}

Status Database::Execute(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return Status::Ok();
  sqlite3_free(message);
  return Error("writing the index");
}

Result<Statement> Database::Prepare(const std::string& sql) const {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                         nullptr) != SQLITE_OK) {
    return Error("reading the index");
  }
  return Statement(this, statement);
}

Result<int64_t> Database::QueryInt(const std::string& sql) const {
  Result<Statement> statement = Prepare(sql);
  if (!statement.ok()) return statement.status();
  int64_t value = 0;
  if (statement->Step()) {
    value = statement->Int(0);
    while (statement->Step()) {
    }
  }
  if (!statement->status().ok()) return statement->status();
  return value;
}

Transaction::Transaction(Database* db) : db_(db) { begun_ = db_->Execute("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (begun_.ok() && !done_) db_->Execute("ROLLBACK");
}

Status Transaction::Commit() {
  if (!begun_.ok()) return begun_;
  done_ = true;
  Status s = db_->Execute("COMMIT");
  if (!s.ok()) db_->Execute("ROLLBACK");
  return s;
}

}  // namespace translint
