#include "spell/speller.h"

#include <hunspell/hunspell.hxx>

#include <filesystem>

namespace translint {

Speller::Speller(std::string name, std::unique_ptr<Hunspell> hunspell)
    : name_(std::move(name)), hunspell_(std::move(hunspell)) {}

Speller::~Speller() = default;

std::vector<std::string> Speller::DefaultFolders() {
  return {"/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts"};
}

std::string Speller::DictionaryFor(const std::string& language) {
  if (language == "en") return "en_US";
  if (language == "de") return "de_DE";
  if (language == "fr") return "fr_FR";
  return "";
}

Result<std::unique_ptr<Speller>> Speller::Open(const std::string& name, const std::vector<std::string>& folders) {
  for (const std::string& folder : folders) {
    const std::string aff = folder + "/" + name + ".aff";
    const std::string dic = folder + "/" + name + ".dic";
    std::error_code ec;
    if (!std::filesystem::exists(aff, ec) || !std::filesystem::exists(dic, ec)) continue;
    auto hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    return std::unique_ptr<Speller>(new Speller(name, std::move(hunspell)));
  }
  std::string package = name;
  for (char& c : package) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return Status::Error("no Hunspell dictionary \"" + name + "\" in " + folders.front() +
                       ": install the Debian package hunspell-" + package + " or choose another dictionary");
}

void Speller::Add(const std::string& word) {
  std::lock_guard<std::mutex> lock(mutex_);
  hunspell_->add(word);
  cache_[word] = true;
}

bool Speller::IsCorrect(const std::string& word) const {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  const bool correct = hunspell_->spell(word);
  cache_.emplace(word, correct);
  return correct;
}

std::vector<std::string> Speller::Suggest(const std::string& word, size_t limit) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = suggestions_.find(word);
  if (it == suggestions_.end()) it = suggestions_.emplace(word, hunspell_->suggest(word)).first;
  std::vector<std::string> suggestions = it->second;
  if (suggestions.size() > limit) suggestions.resize(limit);
  return suggestions;
}

}  // namespace translint
