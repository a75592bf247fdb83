// ArchiveSummary: what `translint report` shows of an archive index, read
// from the database alone (the archive's files need not be there): the
// archive's size and time span, findings per check and per outlet, every
// listed entity's spellings by outlet and over time with the documents that
// deviate from the house form, the unlisted name clusters with their rule-table
// stubs, and the artifact checks per outlet.
//
// Plain data, in a fixed order (so that two indexes of the same archive, one
// merged from shards, give the same summary): counts descending, then by name.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "archive/database.h"

namespace translint {

struct ArchiveSummary {
  struct Count {
    std::string key;
    int64_t count = 0;
  };
  // One way an entity is written, with where and when.
  struct Spelling {
    std::string text;
    bool house = false;  // the house form, or its surname alone
    int64_t mentions = 0, documents = 0;
    std::map<std::string, int64_t> by_outlet;  // mentions
    std::map<std::string, int64_t> by_period;  // mentions, by month or year (ArchiveSummary::periods)
  };
  // A document that writes an entity otherwise than the house form.
  struct Deviation {
    std::string path, spelling, outlet, date;
    int64_t line = 0, column = 0;
  };
  struct Entity {
    std::string id, language, kind, name, house_form;
    int64_t mentions = 0, documents = 0, deviating_mentions = 0, deviating_documents = 0;
    std::vector<Spelling> spellings;    // the house form first, then by mentions
    std::vector<Deviation> deviations;  // by date, then path (at most kMaxDeviations)
  };
  struct Cluster {
    std::string id, language, kind, stub;
    int64_t documents = 0, mentions = 0;
    std::vector<Count> spellings;  // mentions of each
  };
  static constexpr size_t kMaxDeviations = 100;

  std::string indexed_at, translint_version;
  bool complete = false;
  int64_t files = 0, documents = 0, words = 0;
  std::string first_date, last_date;  // ISO dates, empty when no document has one
  std::vector<std::string> periods;   // every month (YYYY-MM) of the span, or every year over 4 years
  std::vector<Count> outlets;         // documents per outlet ("" when none is known)
  std::vector<Count> checks;          // findings per check
  std::vector<Count> findings_by_outlet;
  // Findings of the artifact checks (all but names/ and input/) per outlet and check.
  std::map<std::string, std::map<std::string, int64_t>> artifacts;
  std::vector<std::string> artifact_checks;  // those with findings, by count
  std::vector<Entity> entities;  // those written more than one way first (by deviating mentions), then by mentions
  std::vector<Cluster> clusters;  // ranked as the index ranks them
};

// Reads the summary from an archive index (a database ArchiveIndex wrote).
Result<ArchiveSummary> SummarizeArchive(Database& db);

// The period of an ISO date in `periods` ("2021-03" or "2021"); "" when undated.
std::string PeriodOf(const std::string& date, bool by_year);

}  // namespace translint
