#include "spell/speller.h"

#include <hunspell/hunspell.hxx>

#include "base/cache_file.h"
#include "base/fast_hash.h"
#include "base/file_io.h"
#include "base/hash.h"
#include "text/normalized_text.h"

#include <algorithm>
#include <thread>
#include <cstring>
#include <atomic>
#include <cctype>
#include <filesystem>

namespace translint {

namespace {

uint64_t NextId() {
  static std::atomic<uint64_t> next{1};
  return next++;
}

}  // namespace

Speller::Speller(std::vector<Files> files, std::optional<WordSet> words)
    : files_(std::move(files)), words_(std::move(words)), id_(NextId()) {
  for (const Files& f : files_) name_ += (name_.empty() ? "" : " or ") + f.name;
}

Speller::~Speller() = default;

std::vector<std::string> Speller::DefaultFolders() {
  return {"/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts"};
}

std::vector<std::string> Speller::DictionariesFor(const std::string& language) {
  if (language == "en") return {"en_US", "en_GB"};
  if (language == "de") return {"de_DE"};
  if (language == "fr") return {"fr_FR"};
  return {};
}

namespace {

// The stems of a .dic file ("receive/DSMGZ" -> "receive"), for fast candidate look-ups.
std::unordered_set<std::string> ReadStems(const std::string& dic_path) {
  std::unordered_set<std::string> stems;
  Result<std::string> text = ReadFile(dic_path);
  if (!text.ok()) return stems;
  size_t pos = text->find('\n');  // the first line is the word count
  while (pos != std::string::npos && pos < text->size()) {
    const size_t begin = pos + 1;
    const size_t end = std::min(text->find('\n', begin), text->size());
    const size_t slash = text->find('/', begin);
    const size_t stop = std::min(end, slash);
    size_t last = stop;
    while (last > begin && ((*text)[last - 1] == '\r' || (*text)[last - 1] == ' ' || (*text)[last - 1] == '\t')) --last;
    if (last > begin) stems.emplace(text->substr(begin, last - begin));
    pos = end;
  }
  return stems;
}

}  // namespace

namespace {

// The .aff and .dic of dictionary `name` in the first of `folders` that has both.
std::optional<std::pair<std::string, std::string>> FindDictionary(const std::string& name,
                                                                 const std::vector<std::string>& folders) {
  for (const std::string& folder : folders) {
    const std::string aff = folder + "/" + name + ".aff";
    const std::string dic = folder + "/" + name + ".dic";
    std::error_code ec;
    if (std::filesystem::exists(aff, ec) && std::filesystem::exists(dic, ec)) return std::make_pair(aff, dic);
  }
  return std::nullopt;
}

// A key of dictionary files: their paths, sizes and modification times (a new
// dictionary package gives a new key).
template <typename FilesList>
uint64_t DictionaryKey(const FilesList& files) {
  uint64_t key = Hash64("translint word set v2");  // v2: with the forms beyond ASCII
  for (const auto& f : files) {
    for (const std::string& path : {f.aff, f.dic}) {
      std::error_code ec;
      const auto size = std::filesystem::file_size(path, ec);
      const auto time = std::filesystem::last_write_time(path, ec).time_since_epoch().count();
      key = Hash64(path + '\0' + std::to_string(size) + '\0' + std::to_string(time) + '\0', key);
    }
  }
  return key;
}

// The WordSet of `files`: from the cache, else built from the files (and
// cached); nullopt when some dictionary is not one a WordSet can list.
template <typename FilesList>
std::optional<WordSet> LoadWordSet(const std::string& cache_folder, const FilesList& files) {
  const uint64_t key = DictionaryKey(files);
  const std::string path = cache_folder + "/words/" + HashHex(key) + ".words";
  if (std::optional<std::string> bytes = ReadCacheFile(path)) {
    if (std::optional<WordSet> set = WordSet::FromBytes(std::move(*bytes), key)) return set;
  }
  std::vector<std::vector<std::string>> words;
  for (const auto& f : files) {
    Result<std::string> aff = ReadFile(f.aff), dic = ReadFile(f.dic);
    if (!aff.ok() || !dic.ok()) return std::nullopt;
    Result<std::vector<std::string>> expanded = ExpandDictionary(*aff, *dic);
    if (!expanded.ok()) return std::nullopt;
    words.push_back(std::move(*expanded));
  }
  WordSet set = WordSet::Build(words);
  WriteCacheFile(path, set.Serialize(key));
  return set;
}

}  // namespace

Result<std::unique_ptr<Speller>> Speller::Open(const std::vector<std::string>& names,
                                               const std::vector<std::string>& folders,
                                               const std::string& cache_folder) {
  std::vector<Files> files;
  for (size_t i = 0; i < names.size() && files.size() < WordSet::kMaxDictionaries; ++i) {
    const auto found = FindDictionary(names[i], folders);
    if (found) {
      files.push_back({names[i], found->first, found->second});
    } else if (i == 0) {
      std::string package = names[i];
      for (char& c : package) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (package.rfind("fr", 0) == 0) package = "fr";  // Debian ships every French variant in hunspell-fr
      return Status::Error("no Hunspell dictionary \"" + names[i] + "\" in " + folders.front() +
                           ": install the Debian package hunspell-" + package + " or choose another dictionary");
    }
  }
  std::optional<WordSet> words;
  if (!cache_folder.empty()) words = LoadWordSet(cache_folder, files);
  auto speller = std::unique_ptr<Speller>(new Speller(std::move(files), std::move(words)));
  // Without a WordSet every word is Hunspell's: load it now.
  if (!speller->words_ && !speller->LoadHunspell()) return Status::Error("the Hunspell dictionary " + speller->name_ + " cannot be read");
  return speller;
}

uint64_t Speller::key() const { return DictionaryKey(files_); }

bool Speller::hunspell_loaded() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return !dictionaries_.empty();
}

bool Speller::LoadHunspell() const {
  LoadHunspellOnce();
  return !dictionaries_.empty();
}

void Speller::LoadHunspellOnce() const {
  std::call_once(hunspell_loaded_, [this] {
    // Each dictionary takes ~0.05 s to load: load them (and the stems the
    // suggestions without a WordSet screen with) at once.
    std::vector<std::unique_ptr<Hunspell>> loaded(files_.size());
    std::vector<std::thread> loaders;
    for (size_t i = 0; i < files_.size(); ++i) {
      loaders.emplace_back([&, i] { loaded[i] = std::make_unique<Hunspell>(files_[i].aff.c_str(), files_[i].dic.c_str()); });
    }
    if (!words_ && !files_.empty()) stems_ = ReadStems(files_.front().dic);
    for (std::thread& t : loaders) t.join();
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& dictionary : loaded) {
      for (const std::string& word : added_) dictionary->add(word);
      dictionaries_.push_back(std::move(dictionary));
    }
  });
}

bool Speller::MayBeWord(const std::string& candidate) const {
  if (stems_.empty() || stems_.count(candidate)) return true;
  static const char* kEndings[] = {"s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "ies", "ied", "ment", "ments"};
  for (const char* ending : kEndings) {
    const size_t n = std::strlen(ending);
    if (candidate.size() <= n + 2 || candidate.compare(candidate.size() - n, n, ending) != 0) continue;
    const std::string stem = candidate.substr(0, candidate.size() - n);
    if (stems_.count(stem) || stems_.count(stem + "e") || stems_.count(stem + "y")) return true;
  }
  return false;
}

void Speller::Add(const std::string& word) {
  std::lock_guard<std::mutex> lock(mutex_);
  id_ = NextId();  // per-thread copies of earlier answers are stale now
  for (auto& dictionary : dictionaries_) dictionary->add(word);  // else added when it loads
  added_.insert(word);
}

namespace {

// A per-thread memo of a speller's answers for short words: direct-mapped,
// 4,096 entries of 32 bytes (128 KB, so it stays in the core's cache). News
// repeats a few thousand common words, and each answer otherwise costs several
// look-ups (as written, in lower case, among the added words) in tables much
// larger than the cache, each a likely cache miss.
struct AnswerMemo {
  static constexpr size_t kEntries = 4096;
  static constexpr size_t kMaxWord = 22;
  struct Entry {
    uint64_t owner = 0;  // the Speller's id (0: empty)
    uint8_t length = 0;
    uint8_t answer = 0;
    char word[kMaxWord];
  };
  Entry entries[kEntries];
};

}  // namespace

uint8_t Speller::Answer(const std::string& word) const {
  thread_local std::unique_ptr<AnswerMemo> memo;
  AnswerMemo::Entry* entry = nullptr;
  if (word.size() <= AnswerMemo::kMaxWord) {
    if (!memo) memo = std::make_unique<AnswerMemo>();
    entry = &memo->entries[FastHash(word) & (AnswerMemo::kEntries - 1)];
    if (entry->owner == id_ && entry->length == word.size() && std::memcmp(entry->word, word.data(), word.size()) == 0) {
      return entry->answer;
    }
  }
  const bool added = added_.count(word) != 0;
  bool correct;
  if (words_ && WordSet::Decides(word)) {
    correct = words_->Accepting(word, [this](std::string_view w) { return Added(w); }) != 0;
  } else {
    correct = added || HunspellIsCorrect(word);  // Hunspell has the added words too, when it loads
  }
  const uint8_t answer = (correct ? kCorrect : 0) | (added ? kAdded : 0);
  if (entry != nullptr) {
    entry->owner = id_;
    entry->length = static_cast<uint8_t>(word.size());
    entry->answer = answer;
    word.copy(entry->word, word.size());
  }
  return answer;
}

bool Speller::IsDictionaryWord(const std::string& word) const {
  // added_ changes only in Add(), which callers finish before checking.
  // Only the spelling added: "The" of "The Moscow Times" leaves "the" a common word.
  return (Answer(word) & (kCorrect | kAdded)) == kCorrect;
}

bool Speller::IsCorrect(const std::string& word) const { return (Answer(word) & kCorrect) != 0; }

bool Speller::HunspellIsCorrect(const std::string& word) const {
  LoadHunspellOnce();
  // A per-thread copy of the answers, so the common case takes no lock.
  thread_local struct {
    uint64_t owner = 0;
    std::unordered_map<std::string, bool> answers;
  } local;
  if (local.owner != id_) {
    local.owner = id_;
    local.answers.clear();
  }
  const auto known = local.answers.find(word);
  if (known != local.answers.end()) return known->second;
  bool correct;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = cache_.find(word);
    if (it != cache_.end()) {
      correct = it->second;
    } else {
      correct = std::any_of(dictionaries_.begin(), dictionaries_.end(),
                            [&](const auto& dictionary) { return dictionary->spell(word); });
      cache_.emplace(word, correct);
    }
  }
  local.answers.emplace(word, correct);
  return correct;
}

namespace {

// Candidates one edit away from `word`, in the order typos are most common:
// transposition, insertion, replacement of a letter a-z, deletion. ASCII only.
std::vector<std::string> OneEditAway(const std::string& word) {
  static const std::string kLetters = "abcdefghijklmnopqrstuvwxyz";
  std::vector<std::string> out;
  for (size_t i = 0; i + 1 < word.size(); ++i) {
    std::string t = word;
    std::swap(t[i], t[i + 1]);
    out.push_back(t);
  }
  for (size_t i = 0; i <= word.size(); ++i) {
    for (char c : kLetters) out.push_back(word.substr(0, i) + c + word.substr(i));
  }
  for (size_t i = 0; i < word.size(); ++i) {
    for (char c : kLetters) {
      if (c == word[i]) continue;
      std::string t = word;
      t[i] = c;
      out.push_back(t);
    }
  }
  for (size_t i = 0; i < word.size(); ++i) out.push_back(word.substr(0, i) + word.substr(i + 1));
  return out;
}

constexpr size_t kMaxSuggestedLength = 20;

bool IsAscii(const std::string& word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

namespace {

using SuggestionCache = std::unordered_map<std::string, std::vector<std::string>>;

std::vector<std::string> FirstOf(const std::vector<std::string>& all, size_t limit) {
  return std::vector<std::string>(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(limit, all.size())));
}

// The first `limit` of the suggestions for `word` in `cache`. `mutex` guards
// the cache only: `compute` runs without it (two threads may both compute a
// word's suggestions; the first stored wins), so one slow search does not stop
// the other threads.
template <typename Compute>
std::vector<std::string> Cached(std::mutex* mutex, SuggestionCache* cache, const std::string& word, size_t limit,
                                Compute compute) {
  {
    std::lock_guard<std::mutex> lock(*mutex);
    const auto it = cache->find(word);
    if (it != cache->end()) return FirstOf(it->second, limit);
  }
  std::vector<std::string> computed = compute();
  std::lock_guard<std::mutex> lock(*mutex);
  return FirstOf(cache->emplace(word, std::move(computed)).first->second, limit);
}

}  // namespace

std::vector<std::string> Speller::Suggest(const std::string& word, size_t limit) const {
  return Cached(&mutex_, &suggestions_, word, limit, [&] {
    if (!words_ || !WordSet::Decides(word) || !IsAscii(word) || word.size() > kMaxSuggestedLength) {
      return HunspellSuggest(word);
    }
    // The words one edit away that the first dictionary (or Add()) has, exactly:
    // the set decides most; Hunspell the rest ("MP" from "iMP").
    std::vector<std::string> found;
    for (std::string& candidate : OneEditAway(word)) {
      if (candidate.empty() || std::find(found.begin(), found.end(), candidate) != found.end()) continue;
      const bool accepted = WordSet::Decides(candidate)
                                ? (words_->Accepting(candidate, [this](std::string_view w) { return Added(w); }) & 1) != 0
                                : FirstDictionaryAccepts(candidate);
      if (accepted) found.push_back(std::move(candidate));
    }
    return found;
  });
}

bool Speller::FirstDictionaryAccepts(const std::string& word) const {
  LoadHunspellOnce();
  std::lock_guard<std::mutex> lock(mutex_);
  return dictionaries_.front()->spell(word);
}

std::vector<std::string> Speller::HunspellSuggest(const std::string& word) const {
  // Hunspell's own suggest() takes 5-50 ms a word (n-gram search over the
  // whole dictionary); the words one edit away cover typical typos in ~0.5 ms.
  // Hunspell's list is the fallback for non-ASCII words.
  LoadHunspellOnce();
  std::vector<std::string> found;
  if (IsAscii(word) && word.size() <= kMaxSuggestedLength) {
    // Candidates are screened against the first dictionary's stems (a hash
    // look-up, with common English endings removed) and only the hits are
    // confirmed by Hunspell, which is ~50 times slower per word.
    // The screen needs no lock (stems_ never changes after loading); Hunspell does.
    std::vector<std::string> screened;
    for (std::string& candidate : OneEditAway(word)) {
      if (candidate.empty() || std::find(screened.begin(), screened.end(), candidate) != screened.end()) continue;
      if (MayBeWord(candidate)) screened.push_back(std::move(candidate));
    }
    std::lock_guard<std::mutex> lock(mutex_);
    for (std::string& candidate : screened) {
      if (dictionaries_.front()->spell(candidate)) found.push_back(std::move(candidate));
    }
  } else if (!IsAscii(word)) {
    std::lock_guard<std::mutex> lock(mutex_);
    found = dictionaries_.front()->suggest(word);
  }
  return found;
}

std::vector<std::string> Speller::SuggestAdded(const std::string& word, size_t limit) const {
  // added_ changes only in Add(), which callers finish before checking. The
  // index is built at the first question (a run without the spelling check never asks).
  std::call_once(added_near_built_, [this] {
    for (const std::string& added : added_) added_near_.Add(added);
  });
  return Cached(&mutex_, &added_suggestions_, word, limit, [&] { return added_near_.Near(word); });
}

}  // namespace translint
