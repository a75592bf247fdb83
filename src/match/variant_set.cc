#include "match/variant_set.h"

#include <algorithm>
#include <cassert>

#include <unicode/uchar.h>

#include "base/utf8.h"
#include "text/tokenizer.h"

namespace translint {

namespace {

bool StartsWithCapital(std::string_view text, size_t offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) return byte >= 'A' && byte <= 'Z';
  size_t length;
  const int32_t cp = DecodeUtf8(text, offset, &length);
  return cp >= 0 && (u_isupper(cp) || u_istitle(cp));
}

}  // namespace

void VariantSet::Reserve(size_t spellings) {
  words_.reserve(words_.size() + spellings);
  edges_.reserve(edges_.size() + 2 * spellings);
  pending_.reserve(pending_.size() + spellings);
}

void VariantSet::Add(std::string_view spelling, uint32_t payload, bool requires_capital) {
  assert(!compiled_ && "VariantSet::Add after Compile");
  const std::string key = MatchKey(spelling);
  if (key.empty()) return;
  uint32_t node = 0;
  char punctuation = 0;  // what joins the next word to the previous one
  size_t pos = 0;
  while (pos <= key.size()) {
    size_t end = key.find_first_of(" .,", pos);
    if (end == std::string::npos) end = key.size();
    const std::string_view word = std::string_view(key).substr(pos, end - pos);
    auto wit = words_.find(word);
    if (wit == words_.end()) wit = words_.emplace(std::string(word), static_cast<uint32_t>(words_.size())).first;
    const auto [eit, new_edge] =
        edges_.emplace(EdgeKey(node, wit->second, punctuation), node_count_);
    node_count_ += new_edge;
    node = eit->second;
    punctuation = end < key.size() && key[end] != ' ' ? key[end] : 0;
    pos = end + 1;
  }
  pending_.emplace_back(node, Terminal{payload, requires_capital});
  if (!requires_capital) lowercase_start_[static_cast<unsigned char>(key[0])] = true;
  ++spelling_count_;
}

void VariantSet::Compile() {
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  first_terminal_.assign(node_count_ + 1, 0);
  for (const auto& [node, terminal] : pending_) ++first_terminal_[node + 1];
  for (size_t n = 0; n < node_count_; ++n) first_terminal_[n + 1] += first_terminal_[n];
  terminals_.clear();
  for (const auto& [node, terminal] : pending_) terminals_.push_back(terminal);
  word_ids_.Build(words_);
  children_.Build(edges_);
  words_ = {};
  edges_ = {};
  pending_ = {};
  compiled_ = true;
}

uint32_t VariantSet::WordId(std::string_view word) const {
  const uint32_t id = word_ids_.Find(word);
  return id == kAbsent ? kNoWord : id;
}

uint32_t VariantSet::Child(uint32_t node, uint32_t word, char punctuation) const {
  const uint32_t child = children_.Find(EdgeKey(node, word, punctuation));
  return child == kAbsent ? 0 : child;
}

void VariantSet::Scan(const NormalizedText& segment, std::string_view document_text,
                      const std::function<void(VariantMatch)>& on_match) const {
  Scan(segment, Tokenize(segment.folded()), document_text, on_match);
}

void VariantSet::Scan(const NormalizedText& segment, const std::vector<Token>& tokens, std::string_view document_text,
                      const std::function<void(VariantMatch)>& on_match) const {
  const std::string_view folded = segment.folded();
  // Word ids are looked up lazily: kUnknown until needed.
  constexpr uint32_t kUnknown = kNoWord - 1;
  std::vector<uint32_t> ids(tokens.size(), kUnknown);
  const auto id = [&](size_t j) {
    if (ids[j] == kUnknown) ids[j] = WordId(folded.substr(tokens[j].begin, tokens[j].end - tokens[j].begin));
    return ids[j];
  };
  size_t i = 0;
  while (i < tokens.size()) {
    const size_t start = segment.OriginalSpan(tokens[i].begin, tokens[i].begin).begin;
    const bool capital = StartsWithCapital(document_text, start);
    if (!capital && !lowercase_start_[static_cast<unsigned char>(folded[tokens[i].begin])]) {
      ++i;
      continue;
    }
    uint32_t node = 0;
    size_t best_end = i;  // exclusive token index of the longest match so far
    std::vector<uint32_t> best;
    for (size_t j = i; j < tokens.size(); ++j) {
      if (j > i && tokens[j].join == Join::kNone) break;
      if (id(j) == kNoWord) break;
      node = Child(node, ids[j], j > i ? tokens[j].punctuation : 0);
      if (node == 0) break;
      if (first_terminal_[node] == first_terminal_[node + 1]) continue;
      std::vector<uint32_t> payloads;
      for (uint32_t t = first_terminal_[node]; t < first_terminal_[node + 1]; ++t) {
        if (!terminals_[t].requires_capital || capital) payloads.push_back(terminals_[t].payload);
      }
      if (!payloads.empty()) {
        best = std::move(payloads);
        best_end = j + 1;
      }
    }
    if (best_end == i) {
      ++i;
      continue;
    }
    on_match(VariantMatch{segment.OriginalSpan(tokens[i].begin, tokens[best_end - 1].end), std::move(best)});
    i = best_end;
  }
}

}  // namespace translint
