// Database and Statement: a thin RAII layer over SQLite's C API (Debian's
// libsqlite3), for the archive index. Errors come back as Status values that
// name the database file and say what SQLite said; nothing throws.
//
// A Database is one connection, used by one thread at a time. Statements are
// prepared once and reset by each Step() that returns no row; Bind* numbers
// parameters from 1, as SQLite does.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace translint {

class Database;

class Statement {
 public:
  Statement() = default;
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  // Makes a statement left in the middle of its rows (or failed) ready to bind and run again.
  Statement& Reset();
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, std::string_view text);
  Statement& BindNull(int index);
  // Runs the statement: true when it produced a row (read it with the column
  // getters, then call Step() again); false when it is done, after which it is
  // reset and may be bound again. An error is kept in status().
  bool Step();
  // Runs a statement that returns no row; the error, if any.
  Status Run();

  int64_t Int(int column) const;
  std::string_view Text(int column) const;  // valid until the next Step()
  bool IsNull(int column) const;
  int Columns() const;

  const Status& status() const { return status_; }

 private:
  friend class Database;
  Statement(const Database* db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}

  const Database* db_ = nullptr;
  sqlite3_stmt* statement_ = nullptr;
  Status status_ = Status::Ok();
};

class Database {
 public:
  enum class Mode { kReadOnly, kReadWrite, kCreate };

  // Opens `path`; kCreate creates it when missing. A file that is not an SQLite
  // database is an error that says so.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, Mode mode);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Runs one or more statements that return no rows.
  Status Execute(const std::string& sql);
  Result<Statement> Prepare(const std::string& sql) const;
  // The single integer the query returns (0 when it returns no row).
  Result<int64_t> QueryInt(const std::string& sql) const;

  const std::string& path() const { return path_; }
  // "path: what SQLite says" for the connection's last error.
  Status Error(std::string_view doing) const;

 private:
  Database(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}

  std::string path_;
  sqlite3* db_ = nullptr;
};

// BEGIN on construction, ROLLBACK on destruction unless Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Database* db);
  ~Transaction();
  Status Commit();
  const Status& begun() const { return begun_; }

 private:
  Database* db_;
  Status begun_ = Status::Ok();
  bool done_ = false;
};

}  // namespace translint
