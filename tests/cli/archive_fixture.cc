#include "cli/archive_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "archive/database.h"

namespace translint::testing {

std::string Dump(const std::string& db_path) {
  auto db = translint::Database::Open(db_path, translint::Database::Mode::kReadOnly);
  REQUIRE(db.ok());
  const char* queries[] = {
      "SELECT path, size, mtime_ns, hash, rules FROM files",
      "SELECT f.path, d.ord, d.checked, d.byte, d.end_byte, d.line, d.language, d.date, d.outlet, d.title, d.words "
      "FROM documents d JOIN files f ON d.file = f.id",
      "SELECT f.path, d.ord, m.entity, m.cluster, m.spelling, m.rendering, m.given, m.surname, m.context, m.short, "
      "m.count, m.byte, m.end_byte, m.line, m.col, m.u16col, m.end_line, m.end_col, m.end_u16col, m.reported, "
      "m.silenced, m.given_known, m.surname_known FROM mentions m JOIN documents d ON m.document = d.id "
      "JOIN files f ON d.file = f.id",
      "SELECT f.path, d.ord, e.key, e.surface, e.byte, e.line, e.line_index, e.reported, e.silenced "
      "FROM edge_lines e JOIN documents d ON e.document = d.id JOIN files f ON d.file = f.id",
      "SELECT f.path, d.ord, x.scope, x.check_id, x.severity, x.line, x.col, x.byte, x.message, x.data "
      "FROM findings x JOIN files f ON x.file = f.id LEFT JOIN documents d ON x.document = d.id",
      "SELECT * FROM entities", "SELECT * FROM clusters", "SELECT key, value FROM meta WHERE key <> 'indexed_at'"};
  std::string out;
  for (const char* q : queries) {
    auto s = (*db)->Prepare(q);
    REQUIRE(s.ok());
    std::vector<std::string> rows;
    while (s->Step()) {
      std::string row;
      for (int c = 0; c < s->Columns(); ++c) row += std::string(s->Text(c)) + "|";
      rows.push_back(row);
    }
    REQUIRE(s->status().ok());
    std::sort(rows.begin(), rows.end());
    for (const std::string& row : rows) out += row + "\n";
    out += "--\n";
  }
  return out;
}

std::string IntegrityCheck(const std::string& db_path) {
  auto db = translint::Database::Open(db_path, translint::Database::Mode::kReadOnly);
  if (!db.ok()) return db.status().message();
  auto s = (*db)->Prepare("PRAGMA integrity_check");
  REQUIRE(s.ok());
  std::string out;
  while (s->Step()) out += std::string(s->Text(0));
  return out;
}

void WriteArchive(const TempDir& dir, int files, int months) {
  for (int i = 0; i < files; ++i) {
    char date[32];
    std::snprintf(date, sizeof date, "2021-%02d-%02d", 3 + (months > 1 ? i % months : 0), i % 28 + 1);
    dir.Write("news/" + std::to_string(1000 + i) + ".md",
              std::string("---\ndate: ") + date + "\noutlet: " + (i % 2 ? "Kloop" : "24.kg") + "\ntitle: Day " +
                  std::to_string(i) + "\n---\n" +
                  (i % 3 ? "President Sadyr Zhaparov came to Kyiv" : "President Sadyr Japarov came to Kiev") +
                  ". 10 thousand 406 people came.\n" +
                  (i % 5 == 0 ? "Timur Bekbolatov spoke.\n" : "Timur Bekbolotov spoke.\n") + "Read also\n");
  }
}

}  // namespace translint::testing
