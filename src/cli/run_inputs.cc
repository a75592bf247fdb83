#include "cli/run_inputs.h"

#include <filesystem>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>
#include <thread>

#include "base/file_io.h"
#include "base/parallel.h"
#include "base/utf8.h"
#include "cli/index_session.h"
#include "cli/progress.h"
#include "diag/baseline.h"
#include "diag/diagnostic_spool.h"
#include "formats/reader.h"
#include "report/reporter.h"

namespace translint {

namespace {

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

}  // namespace

Result<std::string> ReadInput(const InputFile& file, const WorkItem& item, const std::string& stdin_text) {
  const auto too_large = [&](size_t bytes) {
    return Status::Error(file.path + ": " + std::to_string(bytes >> 20) + " MiB in one " +
                         (item.whole ? "document" : "line") + "; translint reads documents of up to " +
                         std::to_string(kMaxDocumentBytes >> 20) +
                         " MiB: split it (an archive of many articles belongs in JSON Lines, one article a line)");
  };
  if (file.from_stdin) {
    if (stdin_text.size() > kMaxDocumentBytes) return too_large(stdin_text.size());
    return stdin_text;
  }
  if (!item.whole) {
    if (item.end - item.begin > kMaxDocumentBytes) return too_large(item.end - item.begin);
    return ReadFileRange(file.path, item.begin, item.end - item.begin);
  }
  std::error_code ec;
  const uintmax_t size = std::filesystem::file_size(file.path, ec);
  const bool archive = InputFormatForPath(file.path) == InputFormat::kJsonLines;
  if (!ec && !archive && size > kMaxDocumentBytes) return too_large(static_cast<size_t>(size));
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
    if (cuts->size() <= 2 && cuts->back() <= kArchivePart) {
      items.push_back(WorkItem{i});
      continue;
    }
    for (size_t k = 0; k + 1 < cuts->size(); ++k) items.push_back(WorkItem{i, (*cuts)[k], (*cuts)[k + 1], false});
  }
  return items;
}

// A part of an archive was read as if it started at line 1: moves its places
// down by the lines of the parts before it.
namespace {

template <typename Where>
void ShiftLines(size_t lines, Where* l) {
  l->start.line += lines;
  l->end.line += lines;
}

}  // namespace

void ShiftLines(size_t lines, Outcome* o) {
  if (lines == 0) return;
  for (Diagnostic& d : o->diagnostics) {
    ShiftLines(lines, &d.location);
    for (Note& n : d.notes) ShiftLines(lines, &n.location);
  }
  for (DocumentRecord& r : o->records) {
    ShiftLines(lines, &r.place);
    for (NameUse& u : r.names) ShiftLines(lines, &u.first);
    for (FullNameUse& u : r.full_names) ShiftLines(lines, &u.first);
  }
}

std::vector<uint64_t> ItemBytes(const std::vector<InputFile>& files, const std::vector<WorkItem>& items,
                                size_t stdin_bytes) {
  std::vector<uint64_t> bytes;
  bytes.reserve(items.size());
  for (const WorkItem& item : items) {
    const InputFile& file = files[item.file];
    std::error_code ec;
    uint64_t size = item.end - item.begin;
    if (item.whole) size = file.from_stdin ? stdin_bytes : std::filesystem::file_size(file.path, ec);
    bytes.push_back(ec ? 0 : size);
  }
  return bytes;
}

namespace {

// Each configuration's Linter learns how much it will check.
void PrepareLinters(const std::vector<InputFile>& files, const std::vector<WorkItem>& items,
                    const std::vector<uint64_t>& item_bytes) {
  std::map<const Linter*, size_t> bytes;
  for (size_t i = 0; i < items.size(); ++i) bytes[files[items[i].file].linter] += item_bytes[i];
  for (const auto& [linter, total] : bytes) linter->PrepareFor(total);
}

}  // namespace

void SetCorpusExcerpts(const std::vector<InputFile>& files, const std::string& stdin_text,
                       std::vector<Diagnostic>* findings) {
  std::map<std::string_view, const InputFile*> by_path;
  for (const InputFile& f : files) by_path.emplace(f.path, &f);
  for (Diagnostic& d : *findings) {
    const auto found = by_path.find(d.location.path);
    if (found == by_path.end()) continue;
    const InputFile* file = found->second;
    Result<std::string> line = file->from_stdin ? Result<std::string>(LineAround(stdin_text, d.location.span.begin))
                                                : ReadLineAround(file->path, d.location.span.begin);
    if (line.ok()) SetExcerpt(*line, ByteOfColumn(*line, d.location.start.column), &d.location);
  }
}

namespace {

// The files and the checks of their configurations, for the reporter.
RunInfo DescribeRun(const std::vector<InputFile>& files) {
  RunInfo run;
  std::set<const Linter*> linters;
  std::set<std::string> ids;
  for (const InputFile& f : files) {
    run.paths.push_back(f.path);
    if (!linters.insert(f.linter).second) continue;
    for (CheckInfo& c : f.linter->CheckInfos()) {
      if (ids.insert(c.id).second) run.checks.push_back(std::move(c));
    }
  }
  return run;
}

}  // namespace

int RunOverInputs(const Options& options, std::ostream& out, std::ostream& err, const HandleInput& one,
                  RunMode mode) {
  const bool fixing = mode == RunMode::kFix;
  const bool indexing = mode == RunMode::kIndex;
  // The linters (Hunspell's dictionaries, the tables) are left for the
  // process's exit to free: freeing them one by one costs about 40 ms, a sixth
  // of a short run. `kept` keeps them reachable, so no leak checker reports them.
  static auto* kept = new std::vector<std::unique_ptr<Workspace>>();
  kept->push_back(std::make_unique<Workspace>(options));
  Workspace& workspace = *kept->back();
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
  std::unique_ptr<IndexSession> session;
  if (options.db && !fixing) {
    Result<std::unique_ptr<IndexSession>> opened = IndexSession::Open(*options.db, *files);
    if (!opened.ok()) {
      err << "translint: error: " << opened.status().message() << "\n";
      return 2;
    }
    session = std::move(*opened);
  }
  // fix --log: lines are appended as each file is rewritten, so that after an
  // interruption the log still names every change made.
  std::ofstream change_log;
  if (fixing && !options.change_log.empty()) {
    change_log.open(options.change_log, std::ios::binary | std::ios::trunc);
    if (!change_log) {
      err << "translint: error: " << options.change_log << " (--log): cannot write: " << std::strerror(errno) << "\n";
      return 2;
    }
  }
  std::optional<Baseline> baseline;
  if (options.baseline) {
    Result<Baseline> loaded = options.update_baseline && !std::filesystem::exists(*options.baseline)
                                  ? Result<Baseline>(Baseline(*options.baseline))
                                  : Baseline::Load(*options.baseline);
    if (!loaded.ok()) {
      err << "translint: error: " << loaded.status().message() << "\n";
      return 2;
    }
    baseline = std::move(*loaded);
  }
  // A finding the baseline accepts is neither reported nor fails the run;
  // with --update-baseline every finding is recorded instead.
  const auto accepted = [&](const Diagnostic& d) {
    if (!baseline) return false;
    if (options.update_baseline) {
      baseline->Record(d);
      return true;
    }
    return baseline->Absorb(d);
  };
  const std::vector<uint64_t> item_bytes = ItemBytes(*files, *items, stdin_text.size());
  PrepareLinters(*files, *items, item_bytes);
  Progress progress(err, ShowProgress(options), files->size(),
                    std::accumulate(item_bytes.begin(), item_bytes.end(), uint64_t{0}));
  const bool corpus = session || (!fixing && std::any_of(files->begin(), files->end(), [](const InputFile& f) {
                                    return f.linter->CorpusChecksOn();
                                  }));
  ItemNeeds needs;
  needs.records = corpus;
  // Workers run ahead; this thread reports each item as soon as it and all the
  // items before it are done, so findings stream out in path order and memory
  // holds only the items in flight.
  std::vector<std::optional<Outcome>> outcomes(items->size());
  std::mutex mutex;
  std::condition_variable done;
  size_t wanted = 0;  // the item the reporting thread waits for (under `mutex`)
  std::atomic<bool> stopping{false};  // the index failed: the workers skip what is left
  std::thread workers([&] {
    ParallelFor(items->size(), options.jobs, [&](size_t i) {
      const WorkItem& item = (*items)[i];
      Outcome outcome;
      if (stopping) {
        std::lock_guard<std::mutex> lock(mutex);
        outcomes[i] = std::move(outcome);
        return;
      }
      ItemNeeds mine = needs;
      if (session) mine.indexed = [&](uint64_t hash) { return session->SameBytes(item.file, hash); };
      try {
        if (session && session->Unchanged(item.file)) {
          outcome.stored = true;
        } else {
          outcome = one((*files)[item.file], item, stdin_text, mine);
        }
      } catch (const std::bad_alloc&) {
        outcome = Outcome{};  // what was found so far goes too: the file's report would be partial
        outcome.error = (*files)[item.file].path + ": out of memory while checking it; check it alone, with -j 1";
      }
      std::lock_guard<std::mutex> lock(mutex);
      outcomes[i] = std::move(outcome);
      if (i == wanted) done.notify_one();  // only the item the reporter waits for wakes it
    });
  });
  const auto take = [&](size_t i) {
    std::unique_lock<std::mutex> lock(mutex);
    wanted = i;
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
  if (!indexing) reporter->Begin(DescribeRun(*files));
  for (size_t i = 0; i < outcomes.size(); ++i) {
    Outcome o = take(i);
    const WorkItem& item = (*items)[i];
    progress.Advance(i + 1 == items->size() || (*items)[i + 1].file != item.file, item_bytes[i]);
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
    if (session) {
      const bool last = i + 1 == items->size() || (*items)[i + 1].file != item.file;
      Status s = Status::Ok();
      if (o.stored && item.begin == 0) {
        s = session->Load(item.file, &o);
      } else if (!o.stored) {
        s = session->Store(item.file, item, last, index.size(), o);
      }
      if (!s.ok()) {
        progress.Finish();
        err << "translint: error: " << s.message() << "\n";
        stopping = true;
        workers.join();
        return 2;
      }
    }
    fixed += o.fixed;
    fixed_files += o.fixed > 0;
    out << o.diff << o.fixed_text;
    if (change_log.is_open() && !o.change_log.empty() && !(change_log << o.change_log << std::flush)) {
      err << "translint: error: " << options.change_log << " (--log): cannot write (disk full?)\n";
      io_error = true;
    }
    const Severity fail_on = FailOn(options, file.linter->config());
    for (Diagnostic& d : o.diagnostics) {
      if (accepted(d)) continue;
      failed |= fail_on != Severity::kOff && d.severity >= fail_on;
      if (!shows_findings(file)) continue;
      summary.Count(d);
      if (indexing) continue;
      if (!corpus) {
        reporter->Report(d);
      } else if (spooled.ok()) {
        spooled = spool.Add(std::move(d));
      }
    }
    for (DocumentRecord& r : o.records) index.Add(std::move(r));
  }
  workers.join();
  progress.Finish();
  if (corpus && spooled.ok()) {
    const Severity fail_on = files->empty() ? Severity::kWarning : FailOn(options, files->front().linter->config());
    std::vector<Diagnostic> across = Linter::CheckCorpus(index);
    SetCorpusExcerpts(*files, stdin_text, &across);
    across.erase(std::remove_if(across.begin(), across.end(), accepted), across.end());
    for (Diagnostic& d : across) {
      failed |= fail_on != Severity::kOff && d.severity >= fail_on;
      summary.Count(d);
    }
    if (session) {
      if (Status s = session->Finish(index, across); !s.ok()) {
        err << "translint: error: " << s.message() << "\n";
        return 2;
      }
    }
    if (!indexing) spooled = spool.Drain(std::move(across), [&](const Diagnostic& d) { reporter->Report(d); });
  }
  if (!spooled.ok()) {
    err << "translint: error: " << spooled.message() << "\n";
    return 2;
  }
  if (baseline) {
    std::set<std::string> checked;
    for (const InputFile& f : *files) checked.insert(BaselinePath(f.path));
    if (options.update_baseline) {
      if (Status s = baseline->Update(checked); !s.ok()) {
        err << "translint: error: " << *options.baseline << " (--update-baseline): " << s.message() << "\n";
        return 2;
      }
      err << "translint: wrote " << *options.baseline << ": " << baseline->size()
          << (baseline->size() == 1 ? " entry" : " entries") << "\n";
    }
    const Severity fail_on = files->empty() ? Severity::kWarning : FailOn(options, files->front().linter->config());
    for (const Diagnostic& d : baseline->Stale(checked)) {
      failed |= fail_on != Severity::kOff && d.severity >= fail_on;
      summary.Count(d);
      reporter->Report(d);
    }
  }
  if (fixing) {
    err << "translint: " << (options.dry_run ? "would fix " : "fixed ") << fixed << (fixed == 1 ? " finding" : " findings")
        << " in " << fixed_files << (fixed_files == 1 ? " file" : " files") << "\n";
  }
  if (indexing) {
    const IndexSession::Counts& c = session->counts();
    err << "translint: indexed " << summary.files << (summary.files == 1 ? " file" : " files") << " into " << *options.db
        << " (" << c.checked << " checked, " << c.unchanged << " unchanged, " << c.removed << " removed): "
        << index.size() << (index.size() == 1 ? " document, " : " documents, ") << summary.diagnostics
        << (summary.diagnostics == 1 ? " finding" : " findings") << "\n";
    return io_error ? 2 : 0;
  }
  if (std::all_of(files->begin(), files->end(), shows_findings)) reporter->End(summary);
  if (io_error) return 2;
  return failed ? 1 : 0;
}

}  // namespace translint
