// Helpers of the archive index tests: a small archive, and an index as text.
#pragma once

#include <string>

#include "test_util.h"

namespace translint::testing {

// Every row of the index with paths instead of row ids, in a fixed order: two
// databases that describe the same archive give the same text.
std::string Dump(const std::string& db_path);
// PRAGMA integrity_check's answer ("ok"), or why the database cannot be opened.
std::string IntegrityCheck(const std::string& db_path);
// `files` articles in news/1000.md...: dates in March 2021 (`months` > 1: from
// March on, one month after the other), outlets Kloop and 24.kg, Sadyr Zhaparov
// (2 in 3) and Sadyr Japarov, the unlisted Timur Bekbolotov (4 in 5) and
// Bekbolatov, "10 thousand 406", a "Read also" line.
void WriteArchive(const TempDir& dir, int files, int months = 1);

}  // namespace translint::testing
