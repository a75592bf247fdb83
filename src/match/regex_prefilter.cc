#include "match/regex_prefilter.h"

#include <hs.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "base/file_io.h"
#include "base/parallel.h"
#include "base/utf8.h"

namespace translint {

namespace {

constexpr unsigned kFlags = HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_PREFILTER | HS_FLAG_ALLOWEMPTY;

// ICU syntax that Vectorscan accepts but reads differently (so it might miss
// matches): a set nested in a set ([[a-z][0-9]], [\p{L}--[a]] for ICU, an
// unbalanced class for PCRE), \N{NAME} and \X. What Vectorscan does not accept
// at all (\uhhhh, \p{sc=Cyrl}, (?w)...) fails to compile and is set aside too.
bool IcuOnly(const std::string& regex) {
  if (regex.find("\\N{") != std::string::npos || regex.find("\\X") != std::string::npos) return true;
  bool in_class = false;
  for (size_t i = 0; i < regex.size(); ++i) {
    if (regex[i] == '\\') {
      ++i;
    } else if (regex[i] == '[') {
      if (in_class && (i + 1 >= regex.size() || regex[i + 1] != ':')) return true;
      if (!in_class && i + 1 < regex.size() && regex[i + 1] == ']') ++i;  // []...] starts with ']'
      in_class = true;
    } else if (regex[i] == ']' && in_class) {
      in_class = false;
    } else if (in_class && regex[i] == ':' && i + 1 < regex.size() && regex[i + 1] == ']') {
      ++i;  // the end of [:alpha:]
    }
  }
  return false;
}

// The scratch space of this thread for the prefilter with serial number
// `serial`, cloned from its prototype once (hs_alloc_scratch checksums the whole
// database on every call: far too slow per article); freed when the thread ends.
struct Scratch {
  uint64_t serial = 0;
  hs_scratch_t* space = nullptr;
  ~Scratch() { hs_free_scratch(space); }
};

hs_scratch_t* ScratchFor(uint64_t serial, const hs_scratch_t* prototype) {
  thread_local Scratch scratch;
  if (scratch.serial != serial) {
    hs_free_scratch(scratch.space);
    scratch.space = nullptr;
    scratch.serial = 0;
    if (prototype == nullptr || hs_clone_scratch(prototype, &scratch.space) != HS_SUCCESS) return nullptr;
    scratch.serial = serial;
  }
  return scratch.space;
}

std::atomic<uint64_t> next_serial{1};

// The cache file of `regex`: named by a hash of the regex, the flags and the
// Vectorscan version (a database is only valid for the version that wrote it).
std::string CachePath(const std::string& folder, const std::string& regex) {
  if (folder.empty()) return "";
  uint64_t hash = 14695981039346656037ULL;
  for (const std::string& part : {std::string(hs_version()), std::to_string(kFlags), regex}) {
    for (const unsigned char c : part + '\0') hash = (hash ^ c) * 1099511628211ULL;
  }
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.hsdb", static_cast<unsigned long long>(hash));
  return folder + "/vectorscan/" + name;
}

hs_database_t* Load(const std::string& path) {
  if (path.empty()) return nullptr;
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return nullptr;
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(bytes->data(), bytes->size(), &db) != HS_SUCCESS) return nullptr;
  return db;
}

hs_database_t* Compile(const std::string& regex) {
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile(regex.c_str(), kFlags, HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
    hs_free_compile_error(error);
    return nullptr;
  }
  return db;
}

// Best effort: a cache that cannot be written only costs the next run the compile.
void Store(const hs_database_t* db, const std::string& path) {
  if (path.empty()) return;
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return;
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  (void)WriteFileAtomically(path, std::string(bytes, length), std::nullopt);
  std::free(bytes);
}

struct FindState {
  const std::vector<Span>* spans;
  RegexCandidates* out;
  unsigned regex;
};

int OnMatch(unsigned int /*id*/, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/,
            void* context) {
  auto* state = static_cast<FindState*>(context);
  const std::vector<Span>& spans = *state->spans;
  state->out->SetAnywhere(state->regex);
  if (to == 0) return 0;
  // The last span that begins before `to`; the match ends inside it if `to` <= its end.
  auto it = std::upper_bound(spans.begin(), spans.end(), to - 1,
                             [](unsigned long long at, const Span& s) { return at < s.begin; });
  if (it == spans.begin()) return 0;
  --it;
  if (to <= it->end) state->out->Set(static_cast<size_t>(it - spans.begin()), state->regex);
  return 0;
}

}  // namespace

std::unique_ptr<RegexPrefilter> RegexPrefilter::Build(const std::vector<std::string>& regexes,
                                                     const std::string& cache_folder, bool compile,
                                                     unsigned threads) {
  std::unique_ptr<RegexPrefilter> filter(new RegexPrefilter());
  filter->databases_.assign(regexes.size(), nullptr);
  std::vector<size_t> missing;
  for (size_t i = 0; i < regexes.size(); ++i) {
    if (IcuOnly(regexes[i])) continue;
    filter->databases_[i] = Load(CachePath(cache_folder, regexes[i]));
    if (filter->databases_[i] == nullptr) missing.push_back(i);
  }
  if (!compile) {
    filter->complete_ = missing.empty();
    filter->AllocateScratch();
    return filter;
  }
  ParallelFor(missing.size(), threads, [&](size_t k) {
    const size_t i = missing[k];
    filter->databases_[i] = Compile(regexes[i]);
    if (filter->databases_[i] != nullptr) Store(filter->databases_[i], CachePath(cache_folder, regexes[i]));
  });
  filter->AllocateScratch();
  return filter;
}

void RegexPrefilter::AllocateScratch() {
  for (hs_database_t*& db : databases_) {
    if (db != nullptr && hs_alloc_scratch(db, &prototype_) != HS_SUCCESS) {
      hs_free_database(db);  // cannot be scanned: ICU searches for it everywhere
      db = nullptr;
    }
  }
}

RegexPrefilter::RegexPrefilter() : serial_(next_serial++) {}

RegexPrefilter::~RegexPrefilter() {
  for (hs_database_t* db : databases_) hs_free_database(db);
  hs_free_scratch(prototype_);
}

RegexCandidates RegexPrefilter::Find(std::string_view text, const std::vector<Span>& spans) const {
  RegexCandidates out(spans.size(), databases_.size());
  const bool readable = text.size() <= UINT32_MAX && FindInvalidUtf8(text) == std::string_view::npos;
  hs_scratch_t* scratch = readable ? ScratchFor(serial_, prototype_) : nullptr;
  for (size_t r = 0; r < databases_.size(); ++r) {
    FindState state{&spans, &out, static_cast<unsigned>(r)};
    if (scratch != nullptr && databases_[r] != nullptr && hs_scan(databases_[r], text.data(), static_cast<unsigned>(text.size()), 0, scratch,
                                      OnMatch, &state) == HS_SUCCESS) {
      continue;
    }
    out.SetAnywhere(r);  // no answer from Vectorscan: ICU decides everywhere
    for (size_t s = 0; s < spans.size(); ++s) out.Set(s, r);
  }
  return out;
}

}  // namespace translint
