#include "match/regex_prefilter.h"

#include <hs.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>

#include "base/cache_file.h"
#include "base/file_io.h"
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

// The cache file of `regexes`: named by a hash of them, the flags, the
// Vectorscan version and this processor's features (a database is only valid
// for the version and the kind of processor that wrote it: a cache folder may be
// shared by machines).
std::string CachePath(const std::string& folder, const std::vector<std::string>& regexes) {
  if (folder.empty()) return "";
  uint64_t hash = 14695981039346656037ULL;
  const auto mix = [&](const std::string& part) {
    for (const unsigned char c : part + '\0') hash = (hash ^ c) * 1099511628211ULL;
  };
  mix(hs_version());
  mix(std::to_string(kFlags));
  hs_platform_info_t platform{};
  if (hs_populate_platform(&platform) == HS_SUCCESS) {
    mix(std::to_string(platform.tune) + "/" + std::to_string(platform.cpu_features));
  }
  for (const std::string& regex : regexes) mix(regex);
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.hsdb", static_cast<unsigned long long>(hash));
  return folder + "/vectorscan/" + name;
}

// A cache file: "translint-hs-v1\n", then a '0' or '1' per regex (1: in the
// database), "\n", then the serialized database.
constexpr std::string_view kCacheMagic = "translint-hs-v1\n";

struct FindState {
  const std::vector<Span>* spans;
  RegexCandidates* out;
};

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/,
            void* context) {
  auto* state = static_cast<FindState*>(context);
  const std::vector<Span>& spans = *state->spans;
  state->out->SetAnywhere(id);
  if (to == 0) return 0;
  // The last span that begins before `to`; the match ends inside it if `to` <= its end.
  auto it = std::upper_bound(spans.begin(), spans.end(), to - 1,
                             [](unsigned long long at, const Span& s) { return at < s.begin; });
  if (it == spans.begin()) return 0;
  --it;
  if (to <= it->end) state->out->Set(static_cast<size_t>(it - spans.begin()), id);
  return 0;
}

}  // namespace

std::unique_ptr<RegexPrefilter> RegexPrefilter::Build(const std::vector<std::string>& regexes,
                                                     const std::string& cache_folder, bool compile) {
  std::unique_ptr<RegexPrefilter> filter(new RegexPrefilter());
  filter->always_.assign(regexes.size(), true);
  const std::string path = CachePath(cache_folder, regexes);
  if (filter->Load(path)) return filter;
  if (compile && filter->Compile(regexes)) filter->Store(path);
  return filter;
}

bool RegexPrefilter::Compile(const std::vector<std::string>& regexes) {
  for (size_t i = 0; i < regexes.size(); ++i) always_[i] = IcuOnly(regexes[i]);
  complete_ = true;  // whatever happens below, compiling again would not do better
  // Compile all at once; a regex Vectorscan rejects is set aside and the rest compiled again.
  for (;;) {
    std::vector<const char*> expressions;
    std::vector<unsigned> flags, ids;
    for (size_t i = 0; i < regexes.size(); ++i) {
      if (always_[i]) continue;
      expressions.push_back(regexes[i].c_str());
      flags.push_back(kFlags);
      ids.push_back(static_cast<unsigned>(i));
    }
    if (expressions.empty()) return false;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), static_cast<unsigned>(expressions.size()),
                         HS_MODE_BLOCK, nullptr, &database_, &error) == HS_SUCCESS) {
      break;
    }
    const int failed = error != nullptr ? error->expression : -1;
    hs_free_compile_error(error);
    database_ = nullptr;
    if (failed < 0 || static_cast<size_t>(failed) >= ids.size()) {  // not one regex's fault: ICU alone
      std::fill(always_.begin(), always_.end(), true);
      return false;
    }
    always_[ids[failed]] = true;
  }
  if (hs_alloc_scratch(database_, &prototype_) == HS_SUCCESS) return true;
  hs_free_database(database_);
  database_ = nullptr;
  std::fill(always_.begin(), always_.end(), true);
  return false;
}

bool RegexPrefilter::Load(const std::string& path) {
  if (path.empty()) return false;
  std::optional<std::string> bytes = ReadCacheFile(path);
  const size_t header = kCacheMagic.size() + always_.size() + 1;
  if (!bytes || bytes->size() <= header || bytes->compare(0, kCacheMagic.size(), kCacheMagic) != 0 ||
      (*bytes)[header - 1] != '\n') {
    return false;
  }
  std::vector<bool> always(always_.size());
  for (size_t i = 0; i < always.size(); ++i) {
    const char c = (*bytes)[kCacheMagic.size() + i];
    if (c != '0' && c != '1') return false;
    always[i] = c == '0';
  }
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(bytes->data() + header, bytes->size() - header, &db) != HS_SUCCESS) return false;
  if (hs_alloc_scratch(db, &prototype_) != HS_SUCCESS) {
    hs_free_database(db);
    return false;
  }
  database_ = db;
  always_ = std::move(always);
  complete_ = true;
  return true;
}

// Best effort: a cache that cannot be written only costs the next run the compile.
void RegexPrefilter::Store(const std::string& path) const {
  if (path.empty() || database_ == nullptr) return;
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(database_, &bytes, &length) != HS_SUCCESS) return;
  std::string contents(kCacheMagic);
  for (const bool always : always_) contents.push_back(always ? '0' : '1');
  contents.push_back('\n');
  contents.append(bytes, length);
  std::free(bytes);
  WriteCacheFile(path, contents);
}

RegexPrefilter::RegexPrefilter() : serial_(next_serial++) {}

RegexPrefilter::~RegexPrefilter() {
  hs_free_database(database_);
  hs_free_scratch(prototype_);
}

RegexCandidates RegexPrefilter::Find(std::string_view text, const std::vector<Span>& spans) const {
  RegexCandidates out(spans.size(), always_.size());
  const bool readable = text.size() <= UINT32_MAX && FindInvalidUtf8(text) == std::string_view::npos;
  hs_scratch_t* scratch = readable && database_ != nullptr ? ScratchFor(serial_, prototype_) : nullptr;
  FindState state{&spans, &out};
  const bool scanned = scratch != nullptr && hs_scan(database_, text.data(), static_cast<unsigned>(text.size()), 0,
                                                     scratch, OnMatch, &state) == HS_SUCCESS;
  for (size_t r = 0; r < always_.size(); ++r) {
    if (scanned && !always_[r]) continue;
    out.SetAnywhere(r);  // no answer from Vectorscan: ICU decides everywhere
    for (size_t s = 0; s < spans.size(); ++s) out.Set(s, r);
  }
  return out;
}

}  // namespace translint
