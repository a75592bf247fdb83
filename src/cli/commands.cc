#include "cli/commands.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <algorithm>
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

struct Outcome {
  std::vector<Diagnostic> diagnostics;
  std::string error;     // I/O failure: exit 2
  std::string diff;      // fix --dry-run
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

Result<std::string> ReadInput(const InputFile& file, const std::string& stdin_text) {
  if (file.from_stdin) return stdin_text;
  return ReadFile(file.path);
}

Outcome CheckOne(const InputFile& file, const std::string& stdin_text) {
  Outcome outcome;
  Result<std::string> text = ReadInput(file, stdin_text);
  if (!text.ok()) {
    outcome.error = text.status().message();
    return outcome;
  }
  const Document document(file.path, std::move(*text), file.linter->config().language);
  outcome.diagnostics = file.linter->Lint(document);
  return outcome;
}

Outcome FixOne(const InputFile& file, const std::string& stdin_text, bool dry_run) {
  Outcome outcome;
  Result<std::string> text = ReadInput(file, stdin_text);
  if (!text.ok()) {
    outcome.error = text.status().message();
    return outcome;
  }
  const std::string original = *text;
  const std::string& language = file.linter->config().language;
  const Document document(file.path, std::move(*text), language);
  const Linter::FixResult fix = file.linter->Fix(document);
  const std::string fixed = fix.edits.Apply(original);
  outcome.fixed = fix.fixed;
  if (file.from_stdin) {
    outcome.fixed_text = fixed;
  } else if (!fix.edits.empty()) {
    if (dry_run) {
      outcome.diff = UnifiedDiff(file.path, original, fix.edits);
    } else {
      Status written = WriteFileAtomically(file.path, fixed, original);
      if (!written.ok()) {
        outcome.error = written.message();
        outcome.fixed = 0;
        return outcome;
      }
    }
  }
  outcome.diagnostics = file.linter->Lint(Document(file.path, fixed, language));
  return outcome;
}

// Runs `one` over every input on worker threads, then reports in path order.
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
  // Workers run ahead; this thread reports each file as soon as it and all the
  // files before it are done, so findings stream out in path order and memory
  // holds only the files in flight.
  std::vector<std::optional<Outcome>> outcomes(files->size());
  std::mutex mutex;
  std::condition_variable done;
  std::thread workers([&] {
    ParallelFor(files->size(), options.jobs, [&](size_t i) {
      Outcome outcome = one((*files)[i], stdin_text);
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
  reporter->Begin();
  for (size_t i = 0; i < outcomes.size(); ++i) {
    const Outcome o = take(i);
    const InputFile& file = (*files)[i];
    if (!o.error.empty()) {
      err << "translint: error: " << o.error << "\n";
      io_error = true;
      continue;
    }
    ++summary.files;
    fixed += o.fixed;
    fixed_files += o.fixed > 0;
    out << o.diff << o.fixed_text;
    const Severity fail_on = FailOn(options, file.linter->config());
    for (const Diagnostic& d : o.diagnostics) {
      failed |= fail_on != Severity::kOff && d.severity >= fail_on;
      if (!shows_findings(file)) continue;
      summary.Count(d);
      reporter->Report(d);
    }
  }
  workers.join();
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
  return Run(options, out, err, [dry_run](const InputFile& f, const std::string& in) { return FixOne(f, in, dry_run); },
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
  struct Found {
    std::vector<NameOccurrence> names;
    std::vector<std::string> where;
    std::string error;
  };
  std::vector<Found> found(files->size());
  ParallelFor(files->size(), options.jobs, [&](size_t i) {
    const InputFile& file = (*files)[i];
    Result<std::string> text = file.from_stdin ? ReadStream(stdin) : ReadFile(file.path);
    if (!text.ok()) {
      found[i].error = text.status().message();
      return;
    }
    const Document document(file.path, std::move(*text), file.linter->config().language);
    found[i].names = file.linter->UnlistedNames(document);
    for (NameOccurrence& n : found[i].names) {
      const Location at = LocationOf(document, n.span);
      found[i].where.push_back(file.path + ":" + std::to_string(at.start.line) + ":" + std::to_string(at.start.column));
    }
  });
  std::vector<NameOccurrence> names;
  std::vector<std::string> where;
  for (size_t i = 0; i < found.size(); ++i) {
    if (!found[i].error.empty()) {
      err << "translint: error: " << found[i].error << "\n";
      return 2;
    }
    for (NameOccurrence& n : found[i].names) n.document = i;
    names.insert(names.end(), found[i].names.begin(), found[i].names.end());
    where.insert(where.end(), found[i].where.begin(), found[i].where.end());
  }
  const std::string language = files->empty() ? "en" : files->front().linter->config().language;
  const std::vector<NameCluster> clusters = ClusterNames(names, language);
  WriteEntityStubs(clusters, [&](size_t i) { return where[i]; }, language, files->size(), out);
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
