// Linter: the one entry point the front ends call.
//
// Create() loads the rule tables (the given paths, then the config's own), applies
// the config's preferred-spelling overrides, validates the tables, builds the name
// matcher and the pattern set, checks that every check id the config names
// exists, and verifies every example in the tables; any failure is a Status that
// names the file to fix. Lint() runs the input checks, segments the document,
// finds the name mentions once, runs every document check and every pattern rule,
// and drops what inline comments suppress. Fix() collects the sure fixes of
// those findings into one EditSet.
// A Linter is immutable after Create(); Lint() and Fix() may run on many threads.
#pragma once

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "check/check.h"
#include "formats/reader.h"
#include "fix/edit_set.h"
#include "lint/config.h"
#include "match/name_clusters.h"
#include "match/name_matcher.h"
#include "match/pattern_set.h"
#include "rules/rule_table.h"

namespace translint {

class Linter {
 public:
  // `rule_paths`: rule tables to load before the config's own `rules`;
  // `schemes_folder`: romanization schemes (transliteration/) that generate
  // spellings from the entities' original forms ("" for none).
  static Result<std::unique_ptr<Linter>> Create(const Config& config, const std::vector<std::string>& rule_paths,
                                                const std::string& schemes_folder = "");

  // The Documents of one input file, read with the configuration's language and
  // archive fields (formats/reader.h); `bytes` start at byte `file_offset` and
  // line `first_line` of the file (whole lines of a JSON Lines archive). A part
  // that could not be read becomes an input/invalid-record finding in `problems`.
  DocumentBatch Read(const std::string& path, std::string bytes, std::vector<Diagnostic>* problems,
                     size_t file_offset = 0, size_t first_line = 1) const {
    return Read(path, std::move(bytes), read_options(), problems, file_offset, first_line);
  }
  // The same with other options (the editor knows a buffer's format and language).
  DocumentBatch Read(const std::string& path, std::string bytes, const ReadOptions& options,
                     std::vector<Diagnostic>* problems, size_t file_offset = 0, size_t first_line = 1) const;
  // The configuration's: its language and archive fields.
  ReadOptions read_options() const;

  std::vector<Diagnostic> Lint(const Document& document) const;

  // Tells the Linter how many bytes a run will check, before it starts: for a
  // large run it compiles what makes scanning faster but costs time once (the
  // pattern rules' prefilter). Not while a check runs.
  void PrepareFor(size_t bytes) const;

  // Lint() and the document's record for the corpus checks.
  struct Analysis {
    std::vector<Diagnostic> diagnostics;
    DocumentRecord record;
  };
  Analysis Analyze(const Document& document) const;

  // The corpus checks (scope kCorpus) over every document of a run, each
  // finding with the severity its document's configuration gives.
  static std::vector<Diagnostic> CheckCorpus(const CorpusIndex& corpus);
  // Whether any corpus check is on in this configuration.
  bool CorpusChecksOn() const;

  struct FixResult {
    EditSet edits;
    size_t fixed = 0;               // findings whose fix was applied
    struct Applied {
      Edit edit;
      std::string check;
    };
    std::vector<Applied> applied;   // every edit of `edits` with its check, by offset
  };
  FixResult Fix(const Document& document) const;

  // The record of `document` without running any check: its mentions and the
  // full names no table lists, for `translint discover`.
  DocumentRecord RecordNames(const Document& document) const;

  // The name mentions of `document`'s prose, in text order, each resolved to an
  // entity of table() where it can be (for the editor's hover card).
  std::vector<Mention> Mentions(const Document& document) const;

  const Config& config() const { return config_; }
  const RuleTable& table() const { return *table_; }
  // 16 hex digits that change whenever what Lint() finds may change: the
  // translint version, the effective configuration and rule tables, the
  // dictionaries and the romanization schemes used. The archive index keeps it
  // per file and re-checks a file indexed under another one.
  std::string Fingerprint() const;
  // Built-in checks and the tables' pattern rules, sorted by id.
  std::vector<CheckInfo> CheckInfos() const;

 private:
  using Severities = std::map<std::string, Severity>;

  Linter(Config config, std::unique_ptr<RuleTable> table, std::unique_ptr<SchemeSet> schemes);
  Status Build(std::future<Result<std::unique_ptr<Speller>>> speller);
  // Takes the speller that Create() began to open (an invalid future: none wanted).
  Status OpenSpeller(std::future<Result<std::unique_ptr<Speller>>> opening);
  Status CheckConfiguredIds() const;
  // Lint() with the given per-check severities (the config's, or none); fills
  // `record` when it is not null.
  std::vector<Diagnostic> Run(const Document& document, const Severities& severities,
                              DocumentRecord* record = nullptr) const;
  bool IsOff(const std::string& id) const;
  // Calls use(context) with the work every check of `document` shares: prose,
  // mentions and, when `full_names`, the unlisted full names and near mentions.
  template <typename Use>
  auto WithContext(const Document& document, bool full_names, Use use) const;
  // Drops what inline comments silence, turns fixes into the file's edits, and
  // fills `record` (when not null).
  std::vector<Diagnostic> Finish(const CheckContext& context, std::vector<Diagnostic> found,
                                 DocumentRecord* record) const;
  FixResult FixWith(const Document& document, const Severities& severities) const;
  Status VerifyExamples() const;
  // The cache file that marks this program's verification of these examples
  // with these tables, configuration, word lists, dictionaries and schemes
  // ("" without a cache folder): a start that finds it skips the verification.
  std::string ExamplesMark() const;
  // Checks one example: `owner` names the rule, `ours` picks its findings.
  Status VerifyExample(const Example& example, const std::string& owner,
                       const std::function<bool(const Diagnostic&)>& ours) const;

  Config config_;
  std::unique_ptr<RuleTable> table_;
  std::unique_ptr<SchemeSet> schemes_;  // may be null
  std::unique_ptr<NameMatcher> names_;
  std::unique_ptr<PatternSet> patterns_;
  std::unique_ptr<Speller> speller_;
  std::string speller_problem_;
};

}  // namespace translint
