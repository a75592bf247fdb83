// translint merge: combines the archive indexes of shards (each machine
// indexed a part of the archive) into one, then runs the corpus checks over
// all their documents, as one run over the whole archive would.
#include <filesystem>

#include "archive/archive_index.h"
#include "cli/commands.h"
#include "cli/run_inputs.h"
#include "cli/workspace.h"

namespace translint {

namespace {

// The files of the merged index with the Linter that applies to each here;
// every one must have been indexed with that Linter's configuration and tables.
Result<std::vector<InputFile>> FilesWithLinters(const ArchiveIndex& index, Workspace* workspace) {
  std::vector<InputFile> files;
  std::map<const Linter*, std::string> fingerprints;
  for (const auto& [path, facts] : index.files()) {
    const std::string folder = std::filesystem::path(path).parent_path().string();
    Result<const Linter*> linter = workspace->LinterFor(folder.empty() ? "." : folder);
    if (!linter.ok()) return linter.status();
    auto [it, fresh] = fingerprints.emplace(*linter, "");
    if (fresh) it->second = (*linter)->Fingerprint();
    if (facts.rules != it->second) {
      return Status::Error(path + ": was indexed with another configuration or other rule tables than the ones "
                                  "that apply to it here; run `translint merge` from the folder the shards were "
                                  "indexed from, with the same --config and --rules");
    }
    files.push_back(InputFile{path, false, *linter, ""});
  }
  return files;
}

Status Merge(const Options& options, size_t* documents, size_t* findings, size_t* files_merged) {
  Result<std::unique_ptr<ArchiveIndex>> opened = ArchiveIndex::OpenForWriting(*options.db);
  if (!opened.ok()) return opened.status();
  ArchiveIndex& index = **opened;
  if (Status s = index.BeginRun(); !s.ok()) return s;
  if (Status s = index.Clear(); !s.ok()) return s;
  for (const std::string& shard : options.paths) {
    std::error_code ec;
    if (std::filesystem::equivalent(shard, *options.db, ec)) {
      return Status::Error(shard + ": is the --db being written; name another output");
    }
    if (Status s = index.MergeShard(shard); !s.ok()) return s;
  }
  Workspace workspace(options);
  Result<std::vector<InputFile>> files = FilesWithLinters(index, &workspace);
  if (!files.ok()) return files.status();
  CorpusIndex corpus;
  std::vector<int64_t> ids;
  for (const InputFile& f : *files) {
    Result<ArchiveIndex::Stored> stored = index.LoadFile(f.path, f.linter->table(), &f.linter->config().checks);
    if (!stored.ok()) return stored.status();
    *findings += stored->findings.size();
    ids.insert(ids.end(), stored->ids.begin(), stored->ids.end());
    for (DocumentRecord& r : stored->records) corpus.Add(std::move(r));
  }
  std::vector<Diagnostic> across = Linter::CheckCorpus(corpus);
  SetCorpusExcerpts(*files, "", &across);
  *findings += across.size();
  *documents = corpus.size();
  *files_merged = files->size();
  std::set<std::string> seen;
  for (const InputFile& f : *files) seen.insert(f.path);
  return index.FinishRun(seen, corpus, ids, across);
}

}  // namespace

int RunMerge(const Options& options, std::ostream& out, std::ostream& err) {
  (void)out;
  size_t documents = 0, findings = 0, files = 0;
  if (Status s = Merge(options, &documents, &findings, &files); !s.ok()) {
    err << "translint: error: " << s.message() << "\n";
    return 2;
  }
  err << "translint: merged " << options.paths.size() << (options.paths.size() == 1 ? " shard" : " shards")
      << " into " << *options.db << ": " << files << (files == 1 ? " file, " : " files, ") << documents
      << (documents == 1 ? " document, " : " documents, ") << findings << (findings == 1 ? " finding" : " findings")
      << "\n";
  return 0;
}

}  // namespace translint
