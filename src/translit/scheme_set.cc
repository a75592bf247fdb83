#include "translit/scheme_set.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>
#include <filesystem>
#include <set>
#include <sstream>

#include "base/cache_file.h"
#include "base/file_io.h"
#include "base/hash.h"

#include <unicode/uvernum.h>

namespace translint {

std::string Scheme::Reading() const {
  const std::string suffix = id.substr(id.rfind('-') + 1);
  return suffix == "de" || suffix == "fr" ? suffix : "en";
}

namespace {

// A "::" pass that runs another scheme of the folder, and the line it is on.
struct Call {
  std::string name;  // "ru-Latn/de"
  int line;
};

struct RuleFile {
  std::string path;
  std::string id;
  std::string rules;
  std::vector<Call> calls;
};

// The passes of `rules` that name a scheme ("xx-Latn/yy"); ICU's own transforms
// ("Kirghiz-Latin/BGN", "NFC") are left to ICU.
std::vector<Call> SchemeCalls(const std::string& rules) {
  std::vector<Call> calls;
  std::istringstream in(rules);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const size_t colons = line.find_first_not_of(" \t");
    if (colons == std::string::npos || line.compare(colons, 2, "::") != 0) continue;
    const size_t begin = line.find_first_not_of(" \t", colons + 2);
    if (begin == std::string::npos) continue;
    const std::string name = line.substr(begin, line.find_first_of(" \t;(", begin) - begin);
    if (name.find("-Latn/") != std::string::npos) calls.push_back({name, number});
  }
  return calls;
}

Result<std::vector<RuleFile>> ReadRuleFiles(const std::string& folder) {
  Result<std::vector<std::string>> files = ExpandPaths({folder}, {".txt"});
  if (!files.ok()) return Status::Error("transliteration schemes: " + files.status().message());
  std::vector<RuleFile> out;
  std::set<std::string> names;
  for (const std::string& file : *files) {
    const std::string id = std::filesystem::path(file).stem().string();
    const size_t latn = id.find("-Latn-");
    if (latn == std::string::npos || latn == 0) {
      return Status::Error(file + ":1: a scheme file is named <language>-Latn-<scheme>.txt, e.g. ru-Latn-bgn.txt");
    }
    Result<std::string> rules = ReadFile(file);
    if (!rules.ok()) return rules.status();
    names.insert(Transliterator::CallName(id));
    out.push_back(RuleFile{file, id, *rules, SchemeCalls(*rules)});
  }
  for (const RuleFile& file : out) {
    for (const Call& call : file.calls) {
      if (names.count(call.name) == 0) {
        return Status::Error(file.path + ":" + std::to_string(call.line) + ": \"" + call.name +
                             "\" is not a scheme of this folder (a scheme xx-Latn-yy.txt is called as xx-Latn/yy)");
      }
    }
  }
  return out;
}


// The files in an order that compiles every callee before its callers; a
// Status at the call that closes a circle.
Result<std::vector<RuleFile>> CalleesFirst(std::vector<RuleFile> pending) {
  std::vector<RuleFile> ordered;
  std::set<std::string> placed;
  while (!pending.empty()) {
    std::vector<RuleFile> waiting;
    for (RuleFile& file : pending) {
      const bool ready = std::all_of(file.calls.begin(), file.calls.end(),
                                     [&](const Call& call) { return placed.count(call.name) > 0; });
      if (!ready) {
        waiting.push_back(std::move(file));
        continue;
      }
      placed.insert(Transliterator::CallName(file.id));
      ordered.push_back(std::move(file));
    }
    if (waiting.size() == pending.size()) {
      const RuleFile& file = waiting.front();
      const Call& call = *std::find_if(file.calls.begin(), file.calls.end(),
                                       [&](const Call& c) { return placed.count(c.name) == 0; });
      return Status::Error(file.path + ":" + std::to_string(call.line) + ": \"" + call.name +
                           "\" calls this scheme back, directly or through others; schemes cannot call in a circle");
    }
    pending = std::move(waiting);
  }
  return ordered;
}

constexpr std::string_view kMemoMagic = "translint-translit-v1\n";
constexpr size_t kMaxLearned = 1 << 16;  // spellings kept for the memo, at most

std::string MemoKey(const std::string& scheme, std::string_view text) {
  std::string key = scheme;
  key += '\x1F';
  key += text;
  return key;
}

void AppendString(std::string* out, std::string_view s) {
  const uint32_t n = static_cast<uint32_t>(s.size());
  out->append(reinterpret_cast<const char*>(&n), 4);
  out->append(s);
}

// The entries of memo `bytes` written under `key`; false when they are not a whole memo.
bool ReadMemo(std::string_view bytes, uint64_t key, std::unordered_map<std::string, std::string>* memo) {
  if (bytes.substr(0, kMemoMagic.size()) != kMemoMagic || bytes.size() < kMemoMagic.size() + 8) return false;
  uint64_t stored;
  std::memcpy(&stored, bytes.data() + kMemoMagic.size(), 8);
  if (stored != key) return false;
  size_t at = kMemoMagic.size() + 8;
  const auto next = [&](std::string* s) {
    uint32_t n;
    if (bytes.size() - at < 4) return false;
    std::memcpy(&n, bytes.data() + at, 4);
    at += 4;
    if (bytes.size() - at < n) return false;
    s->assign(bytes.substr(at, n));
    at += n;
    return true;
  };
  while (at < bytes.size()) {
    std::string k, v;
    if (!next(&k) || !next(&v)) return false;
    memo->emplace(std::move(k), std::move(v));
  }
  return true;
}

}  // namespace

struct SchemeFiles {
  struct File {
    RuleFile rule;
    std::once_flag once;
    std::unique_ptr<Transliterator> transliterator;  // set once, by Compile
    std::atomic<bool> compiled{false};
  };
  std::vector<std::unique_ptr<File>> files;  // callees first
  std::unordered_map<std::string, std::string> memo;  // MemoKey -> spelling; not changed after Load
  std::string memo_path;
  uint64_t memo_key = 0;
  std::mutex mutex;
  std::unordered_map<std::string, std::string> learned;  // spellings the memo lacked; guarded by mutex

  // Compiles file `i` (and first the files it calls) once; its Status.
  Status Compile(size_t i) {
    Status status = Status::Ok();
    File& file = *files[i];
    std::call_once(file.once, [&] {
      for (const Call& call : file.rule.calls) {
        for (size_t j = 0; j < i; ++j) {  // callees come first
          if (Transliterator::CallName(files[j]->rule.id) == call.name && !(status = Compile(j)).ok()) return;
        }
      }
      Result<std::unique_ptr<Transliterator>> t = Transliterator::FromRules(file.rule.id, file.rule.rules, file.rule.path);
      if (!t.ok()) {
        status = t.status();
        return;
      }
      (*t)->Callable();
      file.transliterator = std::move(*t);
      file.compiled = true;
    });
    return status;
  }

  std::string Apply(size_t i, std::string_view text) {
    std::string key = MemoKey(files[i]->rule.id, text);
    if (const auto it = memo.find(key); it != memo.end()) return it->second;
    (void)Compile(i);  // a file that compiled when the memo was made compiles again
    std::string spelling = files[i]->compiled ? files[i]->transliterator->Apply(text) : std::string(text);
    std::lock_guard<std::mutex> lock(mutex);
    if (learned.size() < kMaxLearned) learned.emplace(std::move(key), spelling);
    return spelling;
  }
};

std::string Scheme::Apply(std::string_view text) const { return files->Apply(index, text); }

Result<SchemeSet> SchemeSet::Load(const std::string& folder, const std::string& cache_folder) {
  Result<std::vector<RuleFile>> read = ReadRuleFiles(folder);
  if (!read.ok()) return read.status();
  Result<std::vector<RuleFile>> ordered = CalleesFirst(std::move(*read));
  if (!ordered.ok()) return ordered.status();
  SchemeSet set;
  set.files_ = std::make_shared<SchemeFiles>();
  uint64_t key = Hash64(std::string("translint translit memo v1\0") + U_ICU_VERSION);
  for (RuleFile& file : *ordered) {
    key = Hash64(file.rules, Hash64(file.id + '\0', key));
    set.schemes_.push_back(Scheme{file.id, file.id.substr(0, file.id.find("-Latn-")), set.files_, set.files_->files.size()});
    set.files_->files.push_back(std::make_unique<SchemeFiles::File>());
    set.files_->files.back()->rule = std::move(file);
  }
  bool memo = false;
  set.files_->memo_key = key;
  if (!cache_folder.empty()) {
    set.files_->memo_path = cache_folder + "/translit/" + HashHex(key) + ".memo";
    std::optional<std::string> bytes = ReadCacheFile(set.files_->memo_path);
    memo = bytes && ReadMemo(*bytes, key, &set.files_->memo);
    if (!memo) set.files_->memo.clear();
  }
  if (!memo) {  // compile every file now, so that a broken one is reported at its line
    for (size_t i = 0; i < set.files_->files.size(); ++i) {
      if (Status s = set.files_->Compile(i); !s.ok()) return s;
    }
  }
  std::sort(set.schemes_.begin(), set.schemes_.end(), [](const Scheme& a, const Scheme& b) { return a.id < b.id; });
  return set;
}

void SchemeSet::SaveMemo() const {
  std::lock_guard<std::mutex> lock(files_->mutex);
  if (files_->memo_path.empty() || files_->learned.empty()) return;
  std::map<std::string_view, std::string_view> all;  // sorted: the same memo gives the same bytes
  for (const auto& [k, v] : files_->memo) all.emplace(k, v);
  for (const auto& [k, v] : files_->learned) all.emplace(k, v);
  std::string bytes(kMemoMagic);
  bytes.append(reinterpret_cast<const char*>(&files_->memo_key), 8);
  for (const auto& [k, v] : all) {
    AppendString(&bytes, k);
    AppendString(&bytes, v);
  }
  WriteCacheFile(files_->memo_path, bytes);
}

uint64_t SchemeSet::key() const { return files_->memo_key; }

size_t SchemeSet::compiled() const {
  size_t n = 0;
  for (const auto& file : files_->files) n += file->compiled ? 1 : 0;
  return n;
}

std::vector<const Scheme*> SchemeSet::ForLanguage(const std::string& language) const {
  std::vector<const Scheme*> out;
  for (const Scheme& s : schemes_) {
    if (s.language == language) out.push_back(&s);
  }
  return out;
}

}  // namespace translint
