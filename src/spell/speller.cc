#include "spell/speller.h"

#include <hunspell/hunspell.hxx>

#include "base/file_io.h"
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

Speller::Speller(std::string name, std::vector<std::unique_ptr<Hunspell>> dictionaries)
    : name_(std::move(name)), dictionaries_(std::move(dictionaries)), id_(NextId()) {}

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

std::unique_ptr<Hunspell> Load(const std::string& name, const std::vector<std::string>& folders,
                               std::string* dic_path) {
  for (const std::string& folder : folders) {
    const std::string aff = folder + "/" + name + ".aff";
    const std::string dic = folder + "/" + name + ".dic";
    std::error_code ec;
    if (std::filesystem::exists(aff, ec) && std::filesystem::exists(dic, ec)) {
      *dic_path = dic;
      return std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    }
  }
  return nullptr;
}

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

Result<std::unique_ptr<Speller>> Speller::Open(const std::vector<std::string>& names,
                                               const std::vector<std::string>& folders) {
  // Each dictionary takes ~0.1 s to load: load them (and the stems) at once.
  std::vector<std::unique_ptr<Hunspell>> loaded_dictionaries(names.size());
  std::vector<std::string> dic_paths(names.size());
  std::unordered_set<std::string> stems;
  {
    std::vector<std::thread> loaders;
    for (size_t i = 0; i < names.size(); ++i) {
      loaders.emplace_back([&, i] { loaded_dictionaries[i] = Load(names[i], folders, &dic_paths[i]); });
    }
    for (const std::string& folder : folders) {  // the stems of the first dictionary, in this thread
      std::error_code ec;
      const std::string dic = folder + "/" + names[0] + ".dic";
      if (std::filesystem::exists(dic, ec)) {
        stems = ReadStems(dic);
        break;
      }
    }
    for (std::thread& t : loaders) t.join();
  }
  std::vector<std::unique_ptr<Hunspell>> dictionaries;
  std::string loaded;
  for (size_t i = 0; i < names.size(); ++i) {
    std::unique_ptr<Hunspell> dictionary = std::move(loaded_dictionaries[i]);
    if (dictionary == nullptr && i == 0) {
      std::string package = names[i];
      for (char& c : package) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (package.rfind("fr", 0) == 0) package = "fr";  // Debian ships every French variant in hunspell-fr
      return Status::Error("no Hunspell dictionary \"" + names[i] + "\" in " + folders.front() +
                           ": install the Debian package hunspell-" + package + " or choose another dictionary");
    }
    if (dictionary == nullptr) continue;
    loaded += (loaded.empty() ? "" : " or ") + names[i];
    dictionaries.push_back(std::move(dictionary));
  }
  auto speller = std::unique_ptr<Speller>(new Speller(loaded, std::move(dictionaries)));
  speller->stems_ = std::move(stems);
  return speller;
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
  for (auto& dictionary : dictionaries_) dictionary->add(word);
  cache_[word] = true;
  added_.insert(word);
  added_near_.Add(word);
}

bool Speller::IsDictionaryWord(const std::string& word) const {
  // added_ changes only in Add(), which callers finish before checking.
  // Only the spelling added: "The" of "The Moscow Times" leaves "the" a common word.
  return IsCorrect(word) && added_.count(word) == 0;
}

bool Speller::IsCorrect(const std::string& word) const {
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
    // Hunspell's own suggest() takes 5-50 ms a word (n-gram search over the
    // whole dictionary); the words one edit away cover typical typos in ~0.5 ms.
    // Hunspell's list is the fallback for non-ASCII words.
    std::vector<std::string> found;
    if (IsAscii(word) && word.size() <= kMaxSuggestedLength) {
      // Candidates are screened against the first dictionary's stems (a hash
      // look-up, with common English endings removed) and only the hits are
      // confirmed by Hunspell, which is ~50 times slower per word.
      // The screen needs no lock (stems_ never changes after Open); Hunspell does.
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
  });
}

std::vector<std::string> Speller::SuggestAdded(const std::string& word, size_t limit) const {
  // added_near_ changes only in Add(), which callers finish before checking.
  return Cached(&mutex_, &added_suggestions_, word, limit, [&] { return added_near_.Near(word); });
}

}  // namespace translint
