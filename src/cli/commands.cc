#include "cli/commands.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/file_io.h"
#include "base/utf8.h"
#include "corpus/corpus_index.h"
#include "diag/diagnostic_spool.h"
#include "formats/reader.h"
#include "base/suggest.h"
#include "base/parallel.h"
#include "cli/workspace.h"
#include "fix/unified_diff.h"
#include "report/entity_stubs.h"
#include "report/reporter.h"
#include "translit/name_key.h"
#include "translit/scheme_set.h"

namespace translint {

namespace {

// A JSON Lines archive larger than this is checked in parts of this size, on
// every worker thread at once.
constexpr size_t kArchivePart = size_t{4} << 20;

// One unit of work: a whole file, or whole lines of a JSON Lines archive.
struct WorkItem {
  size_t file = 0;  // index into the input files
  size_t begin = 0, end = 0;
  bool whole = true;
};

struct Outcome {
  std::vector<Diagnostic> diagnostics;
  std::vector<DocumentRecord> records;  // for the corpus checks
  size_t lines = 0;        // line breaks in a part of an archive
  std::string error;       // I/O failure: exit 2
  std::string diff;        // fix --dry-run
  std::string fixed_text;  // fix of standard input
  size_t fixed = 0;
};

bool UseColor(const Options& options) {
  if (options.color == "always") return true;
  if (options.color == "never" || std::getenv("NO_COLOR") != nullptr) return false;
  return options.format == "text" && ::isatty(STDOUT_FILENO);
}

// The severity at or above which findings fail the run; kOff: never.
Severity FailOn(const Options& options, const Config& config) {
  if (!options.fail_on) return config.fail_on;
  if (*options.fail_on == "none") return Severity::kOff;
  return *ParseSeverity(*options.fail_on);
}

Result<std::string> ReadInput(const InputFile& file, const WorkItem& item, const std::string& stdin_text) {
  if (file.from_stdin) return stdin_text;
  if (!item.whole) return ReadFileRange(file.path, item.begin, item.end - item.begin);
  return ReadFile(file.path);
}

// Splits large JSON Lines archives into parts; every other file is one item.
Result<std::vector<WorkItem>> PlanWork(const std::vector<InputFile>& files, bool whole_files) {
  std::vector<WorkItem> items;
  for (size_t i = 0; i < files.size(); ++i) {
    if (whole_files || files[i].from_stdin || InputFormatForPath(files[i].path) != InputFormat::kJsonLines) {
      items.push_back(WorkItem{i});
      continue;
    }
    Result<std::vector<size_t>> cuts = CutAtLines(files[i].path, kArchivePart);
    if (!cuts.ok()) return cuts.status();
    if (cuts->size() <= 2) {
      items.push_back(WorkItem{i});
      continue;
    }
    for (size_t k = 0; k + 1 < cuts->size(); ++k) items.push_back(WorkItem{i, (*cuts)[k], (*cuts)[k + 1], false});
  }
  return items;
}

Outcome CheckOne(const InputFile& file, const WorkItem& item, const std::string& stdin_text, bool corpus) {
  Outcome outcome;
  Result<std::string> text = ReadInput(file, item, stdin_text);
  if (!text.ok()) {
    outcome.error = text.status().message();
    return outcome;
  }
  outcome.lines = static_cast<size_t>(std::count(text->begin(), text->end(), '\n'));
  DocumentBatch batch = file.linter->Read(file.path, std::move(*text), &outcome.diagnostics, item.begin);
  for (const auto& document : batch.documents) {
    Linter::Analysis analysis = file.linter->Analyze(*document);
    outcome.diagnostics.insert(outcome.diagnostics.end(), std::make_move_iterator(analysis.diagnostics.begin()),
                               std::make_move_iterator(analysis.diagnostics.end()));
    if (corpus) outcome.records.push_back(std::move(analysis.record));
  }
  std::stable_sort(outcome.diagnostics.begin(), outcome.diagnostics.end(), DiagnosticLess);
  return outcome;
}

// The findings of every document of `text` (the whole file `path`).
std::vector<Diagnostic> LintFile(const Linter& linter, const std::string& path, std::string text) {
  std::vector<Diagnostic> found;
  const DocumentBatch batch = linter.Read(path, std::move(text), &found);
  for (const auto& document : batch.documents) {
    std::vector<Diagnostic> more = linter.Lint(*document);
    found.insert(found.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  std::stable_sort(found.begin(), found.end(), DiagnosticLess);
  return found;
}

Outcome FixOne(const InputFile& file, const std::string& stdin_text, bool dry_run) {
  Outcome outcome;
  Result<std::string> text = ReadInput(file, WorkItem{}, stdin_text);
  if (!text.ok()) {
    outcome.error = text.status().message();
    return outcome;
  }
  const std::string original = *text;
  std::vector<Diagnostic> problems;
  const DocumentBatch batch = file.linter->Read(file.path, std::move(*text), &problems);
  EditSet edits;  // in the file's bytes: the documents of one file never overlap
  for (const auto& document : batch.documents) {
    const Linter::FixResult fix = file.linter->Fix(*document);
    for (const Edit& e : fix.edits.edits()) edits.Add({e});
    outcome.fixed += fix.fixed;
  }
  const std::string fixed = edits.Apply(original);
  if (file.from_stdin) {
    outcome.fixed_text = fixed;
  } else if (!edits.empty()) {
    if (dry_run) {
      outcome.diff = UnifiedDiff(file.path, original, edits);
    } else {
      Status written = WriteFileAtomically(file.path, fixed, original);
      if (!written.ok()) {
        outcome.error = written.message();
        outcome.fixed = 0;
        return outcome;
      }
    }
  }
  outcome.diagnostics = LintFile(*file.linter, file.path, fixed);
  return outcome;
}

// A part of an archive was read as if it started at line 1: moves its places
// down by the lines of the parts before it.
template <typename Where>
void ShiftLines(size_t lines, Where* l) {
  l->start.line += lines;
  l->end.line += lines;
}

void ShiftLines(size_t lines, Outcome* o) {
  if (lines == 0) return;
  for (Diagnostic& d : o->diagnostics) {
    ShiftLines(lines, &d.location);
    for (Note& n : d.notes) ShiftLines(lines, &n.location);
  }
  for (DocumentRecord& r : o->records) {
    for (NameUse& u : r.names) ShiftLines(lines, &u.first);
    for (FullNameUse& u : r.full_names) ShiftLines(lines, &u.first);
  }
}

// Runs `one` over every input on worker threads, then reports in path order.
// With the corpus checks on, the findings wait in a spool until the corpus
// checks have seen every document, and come out merged with theirs.
template <typename One>
int Run(const Options& options, std::ostream& out, std::ostream& err, One one, bool fixing) {
  Workspace workspace(options);
  Result<std::vector<InputFile>> files = workspace.Files();
  if (!files.ok()) {
    err << "translint: error: " << files.status().message() << "\n";
    return 2;
  }
  std::string stdin_text;
  for (const InputFile& f : *files) {
    if (!f.from_stdin) continue;
    Result<std::string> in = ReadStream(stdin);
    if (!in.ok()) {
      err << "translint: error: standard input: " << in.status().message() << "\n";
      return 2;
    }
    stdin_text = std::move(*in);
  }
  Result<std::vector<WorkItem>> items = PlanWork(*files, fixing);
  if (!items.ok()) {
    err << "translint: error: " << items.status().message() << "\n";
    return 2;
  }
  const bool corpus = !fixing && std::any_of(files->begin(), files->end(),
                                             [](const InputFile& f) { return f.linter->CorpusChecksOn(); });
  // Workers run ahead; this thread reports each item as soon as it and all the
  // items before it are done, so findings stream out in path order and memory
  // holds only the items in flight.
  std::vector<std::optional<Outcome>> outcomes(items->size());
  std::mutex mutex;
  std::condition_variable done;
  std::thread workers([&] {
    ParallelFor(items->size(), options.jobs, [&](size_t i) {
      const WorkItem& item = (*items)[i];
      Outcome outcome = one((*files)[item.file], item, stdin_text, corpus);
      std::lock_guard<std::mutex> lock(mutex);
      outcomes[i] = std::move(outcome);
      done.notify_all();
    });
  });
  const auto take = [&](size_t i) {
    std::unique_lock<std::mutex> lock(mutex);
    done.wait(lock, [&] { return outcomes[i].has_value(); });
    Outcome outcome = std::move(*outcomes[i]);
    outcomes[i].reset();
    return outcome;
  };

  // `fix` prints diffs (--dry-run) or the fixed text (standard input) instead
  // of findings; in place, it reports the findings that remain.
  const auto shows_findings = [&](const InputFile& f) { return !fixing || (!options.dry_run && !f.from_stdin); };
  std::unique_ptr<Reporter> reporter = MakeReporter(options.format, out, UseColor(options));
  RunSummary summary;
  bool failed = false;
  bool io_error = false;
  size_t fixed = 0;
  size_t fixed_files = 0;
  size_t lines_before = 0;  // lines of the earlier parts of the current archive
  CorpusIndex index;
  DiagnosticSpool spool;
  Status spooled = Status::Ok();
  reporter->Begin();
  for (size_t i = 0; i < outcomes.size(); ++i) {
    Outcome o = take(i);
    const WorkItem& item = (*items)[i];
    const InputFile& file = (*files)[item.file];
    if (item.begin == 0) lines_before = 0;
    ShiftLines(lines_before, &o);
    lines_before += o.lines;
    if (!o.error.empty()) {
      err << "translint: error: " << o.error << "\n";
      io_error = true;
      continue;
    }
    summary.files += item.begin == 0;
    fixed += o.fixed;
    fixed_files += o.fixed > 0;
    out << o.diff << o.fixed_text;
    const Severity fail_on = FailOn(options, file.linter->config());
    for (Diagnostic& d : o.diagnostics) {
      failed |= fail_on != Severity::kOff && d.severity >= fail_on;
      if (!shows_findings(file)) continue;
      summary.Count(d);
      if (!corpus) {
        reporter->Report(d);
      } else if (spooled.ok()) {
        spooled = spool.Add(std::move(d));
      }
    }
    for (DocumentRecord& r : o.records) index.Add(std::move(r));
  }
  workers.join();
  if (corpus && spooled.ok()) {
    const Severity fail_on = files->empty() ? Severity::kWarning : FailOn(options, files->front().linter->config());
    std::vector<Diagnostic> across = Linter::CheckCorpus(index);
    std::map<std::string_view, const InputFile*> by_path;
    for (const InputFile& f : *files) by_path.emplace(f.path, &f);
    for (Diagnostic& d : across) {
      // The index keeps no text: the source line comes back from the input.
      const auto found = by_path.find(d.location.path);
      if (found != by_path.end()) {
        const InputFile* file = found->second;
        Result<std::string> line = file->from_stdin ? Result<std::string>(LineAround(stdin_text, d.location.span.begin))
                                                    : ReadLineAround(file->path, d.location.span.begin);
        if (line.ok()) d.location.line_text = ToValidUtf8(*line);
      }
      failed |= fail_on != Severity::kOff && d.severity >= fail_on;
      summary.Count(d);
    }
    spooled = spool.Drain(std::move(across), [&](const Diagnostic& d) { reporter->Report(d); });
  }
  if (!spooled.ok()) {
    err << "translint: error: " << spooled.message() << "\n";
    return 2;
  }
  if (fixing) {
    err << "translint: " << (options.dry_run ? "would fix " : "fixed ") << fixed << (fixed == 1 ? " finding" : " findings")
        << " in " << fixed_files << (fixed_files == 1 ? " file" : " files") << "\n";
  }
  if (std::all_of(files->begin(), files->end(), shows_findings)) reporter->End(summary);
  if (io_error) return 2;
  return failed ? 1 : 0;
}

}  // namespace

int RunCheck(const Options& options, std::ostream& out, std::ostream& err) {
  return Run(options, out, err, CheckOne, false);
}

int RunFix(const Options& options, std::ostream& out, std::ostream& err) {
  const bool dry_run = options.dry_run;
  return Run(options, out, err,
             [dry_run](const InputFile& f, const WorkItem&, const std::string& in, bool) { return FixOne(f, in, dry_run); },
             true);
}

namespace {

// The "Before:" / "After:" lines of a description ("" when absent).
std::string ExampleLine(const std::string& description, const std::string& label) {
  const size_t at = description.find("\n" + label);
  if (at == std::string::npos) return "";
  size_t begin = at + 1 + label.size();
  while (begin < description.size() && description[begin] == ' ') ++begin;
  const size_t end = description.find('\n', begin);
  return description.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

std::string MarkdownCell(std::string text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

void PrintMarkdown(const std::vector<CheckInfo>& infos, std::ostream& out) {
  out << "| id | severity | fix | what it reports | before | after |\n|---|---|---|---|---|---|\n";
  for (const CheckInfo& i : infos) {
    const std::string before = ExampleLine(i.description, "Before:");
    const std::string after = ExampleLine(i.description, "After:");
    out << "| `" << i.id << "` | " << ToString(i.default_severity) << " | " << (i.fixable ? "yes" : "no") << " | "
        << MarkdownCell(i.summary) << " | " << (before.empty() ? "" : "`" + MarkdownCell(before) + "`") << " | "
        << (after.empty() ? "" : "`" + MarkdownCell(after) + "`") << " |\n";
  }
}

}  // namespace

int RunListChecks(const Options& options, std::ostream& out, std::ostream& err) {
  Workspace workspace(options);
  Result<const Linter*> linter = workspace.LinterFor(".");
  if (!linter.ok()) {
    err << "translint: error: " << linter.status().message() << "\n";
    return 2;
  }
  std::vector<CheckInfo> infos = (*linter)->CheckInfos();
  std::vector<std::string> ids;
  for (const CheckInfo& i : infos) ids.push_back(i.id);
  for (const std::string& id : options.paths) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      err << "translint: error: no check \"" << id << "\"" << DidYouMean(id, ids) << "\n";
      return 2;
    }
  }
  if (!options.paths.empty()) {
    infos.erase(std::remove_if(infos.begin(), infos.end(),
                               [&](const CheckInfo& i) {
                                 return std::find(options.paths.begin(), options.paths.end(), i.id) ==
                                        options.paths.end();
                               }),
                infos.end());
  }
  if (options.format == "markdown") {
    PrintMarkdown(infos, out);
    return 0;
  }
  if (options.format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const CheckInfo& i : infos) {
      list.push_back({{"id", i.id},
                      {"summary", i.summary},
                      {"description", i.description},
                      {"severity", std::string(ToString(i.default_severity))},
                      {"fixable", i.fixable},
                      {"source", i.from_rules ? "rules" : "builtin"}});
    }
    out << list.dump(2) << "\n";
    return 0;
  }
  for (const CheckInfo& i : infos) {
    out << i.id << " (" << ToString(i.default_severity) << (i.fixable ? ", fixable" : "") << ")\n  " << i.summary
        << "\n";
    if (!options.paths.empty()) out << "\n" << i.description << "\n\n";
  }
  return 0;
}

int RunDiscover(const Options& options, std::ostream& out, std::ostream& err) {
  Workspace workspace(options);
  Result<std::vector<InputFile>> files = workspace.Files();
  if (!files.ok()) {
    err << "translint: error: " << files.status().message() << "\n";
    return 2;
  }
  Result<std::vector<WorkItem>> items = PlanWork(*files, false);
  if (!items.ok()) {
    err << "translint: error: " << items.status().message() << "\n";
    return 2;
  }
  std::vector<Outcome> found(items->size());
  ParallelFor(items->size(), options.jobs, [&](size_t i) {
    const WorkItem& item = (*items)[i];
    const InputFile& file = (*files)[item.file];
    Result<std::string> text = file.from_stdin ? ReadStream(stdin) : ReadInput(file, item, "");
    if (!text.ok()) {
      found[i].error = text.status().message();
      return;
    }
    found[i].lines = static_cast<size_t>(std::count(text->begin(), text->end(), '\n'));
    const DocumentBatch batch = file.linter->Read(file.path, std::move(*text), &found[i].diagnostics, item.begin);
    for (const auto& document : batch.documents) found[i].records.push_back(file.linter->RecordNames(*document));
  });
  CorpusIndex index;
  size_t lines_before = 0;
  for (size_t i = 0; i < found.size(); ++i) {
    if (!found[i].error.empty()) {
      err << "translint: error: " << found[i].error << "\n";
      return 2;
    }
    if ((*items)[i].begin == 0) lines_before = 0;
    ShiftLines(lines_before, &found[i]);
    lines_before += found[i].lines;
    for (DocumentRecord& r : found[i].records) index.Add(std::move(r));
  }
  const std::vector<FullNameGroup> groups = GroupFullNames(index);
  if (options.format == "json") {
    WriteEntityStubsJson(groups, index, out);
  } else {
    WriteEntityStubs(groups, index, out);
  }
  return 0;
}

namespace {

bool IsLatinText(const std::string& text) {
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    const UChar32 cp = s.char32At(i);
    UErrorCode status = U_ZERO_ERROR;
    if (u_isalpha(cp) && uscript_getScript(cp, &status) != USCRIPT_LATIN) return false;
  }
  return true;
}

// "[key SDR JPRV: s.a.d.i.r zh.a.p.a.r.o.v]": the name key of each word.
std::string KeyOf(const std::string& rendering, const std::string& reading) {
  std::string candidates, phonemes;
  std::istringstream words(rendering);
  for (std::string word; words >> word;) {
    const NameKey key = ReadName(word, reading);
    if (key.empty()) continue;
    candidates += (candidates.empty() ? "" : " ") + key.candidate();
    phonemes += (phonemes.empty() ? "" : " ") + DescribePhonemes(key);
  }
  return "[key " + candidates + ": " + phonemes + "]";
}

}  // namespace

int RunTranslit(const std::string& text, const Options& options, std::ostream& out, std::ostream& err) {
  Result<SchemeSet> schemes = SchemeSet::Load(ShippedFolder("transliteration"));
  if (!schemes.ok()) {
    err << "translint: error: " << schemes.status().message() << "\n";
    return 2;
  }
  size_t printed = 0;
  for (const Scheme& scheme : schemes->schemes()) {
    if (options.language && scheme.language != *options.language) continue;
    const std::string rendering = scheme.transliterator->Apply(text);
    // Without --from, a scheme applies when it turns every letter into Latin.
    if (!options.language && !IsLatinText(rendering)) continue;
    out << scheme.id << ": " << rendering << "  " << KeyOf(rendering, scheme.Reading()) << "\n";
    ++printed;
  }
  if (printed == 0) {
    err << "translint: error: no scheme for the language \"" << options.language.value_or("") << "\"\n";
    return 2;
  }
  return 0;
}

}  // namespace translint
