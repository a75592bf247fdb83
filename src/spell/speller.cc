#include "spell/speller.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
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

std::unique_ptr<Hunspell> Load(const std::string& name, const std::vector<std::string>& folders) {
  for (const std::string& folder : folders) {
    const std::string aff = folder + "/" + name + ".aff";
    const std::string dic = folder + "/" + name + ".dic";
    std::error_code ec;
    if (std::filesystem::exists(aff, ec) && std::filesystem::exists(dic, ec)) {
      return std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    }
  }
  return nullptr;
}

}  // namespace

Result<std::unique_ptr<Speller>> Speller::Open(const std::vector<std::string>& names,
                                               const std::vector<std::string>& folders) {
  std::vector<std::unique_ptr<Hunspell>> dictionaries;
  std::string loaded;
  for (size_t i = 0; i < names.size(); ++i) {
    std::unique_ptr<Hunspell> dictionary = Load(names[i], folders);
    if (dictionary == nullptr && i == 0) {
      std::string package = names[i];
      for (char& c : package) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return Status::Error("no Hunspell dictionary \"" + names[i] + "\" in " + folders.front() +
                           ": install the Debian package hunspell-" + package + " or choose another dictionary");
    }
    if (dictionary == nullptr) continue;
    loaded += (loaded.empty() ? "" : " or ") + names[i];
    dictionaries.push_back(std::move(dictionary));
  }
  return std::unique_ptr<Speller>(new Speller(loaded, std::move(dictionaries)));
}

void Speller::Add(const std::string& word) {
  std::lock_guard<std::mutex> lock(mutex_);
  id_ = NextId();  // per-thread copies of earlier answers are stale now
  for (auto& dictionary : dictionaries_) dictionary->add(word);
  cache_[word] = true;
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

std::vector<std::string> Speller::Suggest(const std::string& word, size_t limit) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = suggestions_.find(word);
  if (it == suggestions_.end()) {
    // Hunspell's own suggest() takes 5-50 ms a word (n-gram search over the
    // whole dictionary); the words one edit away cover typical typos in ~0.5 ms.
    // Hunspell's list is the fallback for non-ASCII words.
    std::vector<std::string> found;
    if (IsAscii(word) && word.size() <= kMaxSuggestedLength) {
      // The first dictionary only: half the look-ups, and its spelling is the house one.
      for (const std::string& candidate : OneEditAway(word)) {
        if (candidate.empty() || std::find(found.begin(), found.end(), candidate) != found.end()) continue;
        if (dictionaries_.front()->spell(candidate)) found.push_back(candidate);
      }
    } else if (!IsAscii(word)) {
      found = dictionaries_.front()->suggest(word);
    }
    it = suggestions_.emplace(word, std::move(found)).first;
  }
  std::vector<std::string> suggestions = it->second;
  if (suggestions.size() > limit) suggestions.resize(limit);
  return suggestions;
}

}  // namespace translint
