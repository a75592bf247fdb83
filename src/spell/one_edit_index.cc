#include "spell/one_edit_index.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace translint {

namespace {

bool IsAscii(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

// The first edit (in Near()'s order) that turns `from` into `to`: (kind, position,
// letter) with kind 0 swap, 1 insertion, 2 replacement, 3 deletion; none when
// `to` is not one edit away.
using EditKey = std::tuple<int, size_t, char>;

std::optional<EditKey> FirstEdit(std::string_view from, std::string_view to) {
  if (from.size() == to.size()) {
    size_t i = 0;
    while (i < from.size() && from[i] == to[i]) ++i;
    if (i == from.size()) return std::nullopt;  // the same word
    if (i + 1 < from.size() && from[i] == to[i + 1] && from[i + 1] == to[i] &&
        from.substr(i + 2) == to.substr(i + 2)) {
      return EditKey{0, i, 0};
    }
    if (IsLetter(to[i]) && from.substr(i + 1) == to.substr(i + 1)) return EditKey{2, i, to[i]};
    return std::nullopt;
  }
  if (to.size() == from.size() + 1) {
    for (size_t i = 0; i <= from.size() && (i == 0 || from[i - 1] == to[i - 1]); ++i) {
      if (IsLetter(to[i]) && from.substr(i) == to.substr(i + 1)) return EditKey{1, i, to[i]};
    }
    return std::nullopt;
  }
  if (from.size() == to.size() + 1) {
    for (size_t i = 0; i < from.size() && (i == 0 || from[i - 1] == to[i - 1]); ++i) {
      if (from.substr(i + 1) == to.substr(i)) return EditKey{3, i, 0};
    }
  }
  return std::nullopt;
}

}  // namespace

void OneEditIndex::Add(const std::string& word) {
  if (word.empty() || word.size() > kMaxLength || !IsAscii(word) || !words_.insert(word).second) return;
  for (size_t i = 0; i < word.size(); ++i) {
    std::string deleted = word;
    deleted.erase(i, 1);
    std::vector<std::string>& words = by_deletion_[deleted];
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
  }
}

std::vector<std::string> OneEditIndex::Near(const std::string& word) const {
  if (word.size() > kMaxLength || !IsAscii(word)) return {};
  std::vector<std::string_view> candidates;
  const auto take = [&](const std::string& key) {
    if (const auto it = by_deletion_.find(key); it != by_deletion_.end()) {
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
  };
  take(word);  // words with one letter more
  for (size_t i = 0; i < word.size(); ++i) {
    std::string deleted = word;
    deleted.erase(i, 1);
    if (const auto it = words_.find(deleted); it != words_.end()) candidates.push_back(*it);  // one letter less
    take(deleted);  // a replacement or a swap
  }
  std::vector<std::pair<EditKey, std::string_view>> found;
  for (std::string_view c : candidates) {
    if (const std::optional<EditKey> key = FirstEdit(word, c)) found.emplace_back(*key, c);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::vector<std::string> out;
  for (const auto& f : found) out.emplace_back(f.second);
  return out;
}

}  // namespace translint
