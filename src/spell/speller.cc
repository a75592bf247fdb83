#include "spell/speller.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace translint {

Speller::Speller(std::string name, std::vector<std::unique_ptr<Hunspell>> dictionaries)
    : name_(std::move(name)), dictionaries_(std::move(dictionaries)) {}

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
  for (auto& dictionary : dictionaries_) dictionary->add(word);
  cache_[word] = true;
}

bool Speller::IsCorrect(const std::string& word) const {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  const bool correct = std::any_of(dictionaries_.begin(), dictionaries_.end(),
                                  [&](const auto& dictionary) { return dictionary->spell(word); });
  cache_.emplace(word, correct);
  return correct;
}

std::vector<std::string> Speller::Suggest(const std::string& word, size_t limit) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = suggestions_.find(word);
  if (it == suggestions_.end()) it = suggestions_.emplace(word, dictionaries_.front()->suggest(word)).first;
  std::vector<std::string> suggestions = it->second;
  if (suggestions.size() > limit) suggestions.resize(limit);
  return suggestions;
}

}  // namespace translint
