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

uint64_t OneEditIndex::Hash(std::string_view text) {
  uint64_t hash = 14695981039346656037ULL;
  for (const unsigned char c : text) hash = (hash ^ c) * 1099511628211ULL;
  return hash;
}

void OneEditIndex::Add(const std::string& word) {
  if (word.empty() || word.size() > kMaxLength || !IsAscii(word)) return;
  const auto [it, fresh] = seen_.insert(word);
  if (!fresh) return;
  const auto id = static_cast<uint32_t>(words_.size());
  words_.push_back(&*it);
  keys_.emplace_back(Hash(word) ^ 1, id);  // the word itself (kept apart from its deletions)
  std::string deleted;
  for (size_t i = 0; i < word.size(); ++i) {
    deleted.assign(word).erase(i, 1);
    keys_.emplace_back(Hash(deleted), id);
  }
}

void OneEditIndex::Take(uint64_t hash, std::vector<uint32_t>* ids) const {
  auto it = std::lower_bound(keys_.begin(), keys_.end(), std::pair<uint64_t, uint32_t>{hash, 0});
  for (; it != keys_.end() && it->first == hash; ++it) ids->push_back(it->second);
}

std::vector<std::string> OneEditIndex::Near(const std::string& word) const {
  if (word.size() > kMaxLength || !IsAscii(word)) return {};
  std::call_once(sorted_, [this] {
    std::sort(keys_.begin(), keys_.end());
    keys_.shrink_to_fit();
  });
  std::vector<uint32_t> candidates;
  Take(Hash(word), &candidates);  // words with one letter more
  std::string deleted;
  for (size_t i = 0; i < word.size(); ++i) {
    deleted.assign(word).erase(i, 1);
    Take(Hash(deleted) ^ 1, &candidates);  // one letter less
    Take(Hash(deleted), &candidates);      // a replacement or a swap
  }
  std::vector<std::pair<EditKey, uint32_t>> found;
  for (const uint32_t id : candidates) {
    if (const std::optional<EditKey> key = FirstEdit(word, *words_[id])) found.emplace_back(*key, id);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::vector<std::string> out;
  for (const auto& f : found) out.push_back(*words_[f.second]);
  return out;
}

}  // namespace translint
