#include "match/variant_set.h"

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

void VariantSet::Add(std::string_view spelling, uint32_t payload, bool requires_capital) {
  const NormalizedText folded(spelling, 0);
  const std::vector<Token> tokens = Tokenize(folded.folded());
  if (tokens.empty()) return;
  uint32_t node = 0;
  for (const Token& token : tokens) {
    const std::string word = folded.folded().substr(token.begin, token.end - token.begin);
    const auto [wit, new_word] = words_.emplace(word, static_cast<uint32_t>(words_.size()));
    const auto [eit, new_edge] =
        edges_.emplace(EdgeKey(node, wit->second, token.punctuation), static_cast<uint32_t>(nodes_.size()));
    if (new_edge) nodes_.emplace_back();
    node = eit->second;
  }
  nodes_[node].terminals.push_back(Terminal{payload, requires_capital});
  if (!requires_capital) lowercase_start_[static_cast<unsigned char>(folded.folded()[tokens[0].begin])] = true;
  ++spelling_count_;
}

void VariantSet::Compile() {
  words_.rehash(0);
  edges_.rehash(0);
}

uint32_t VariantSet::WordId(std::string_view word) const {
  const auto it = words_.find(word);
  return it == words_.end() ? kNoWord : it->second;
}

uint32_t VariantSet::Child(uint32_t node, uint32_t word, char punctuation) const {
  const auto it = edges_.find(EdgeKey(node, word, punctuation));
  return it == edges_.end() ? 0 : it->second;
}

void VariantSet::Scan(const NormalizedText& segment, std::string_view document_text,
                      const std::function<void(VariantMatch)>& on_match) const {
  const std::string_view folded = segment.folded();
  const std::vector<Token> tokens = Tokenize(folded);
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
      if (nodes_[node].terminals.empty()) continue;
      std::vector<uint32_t> payloads;
      for (const Terminal& t : nodes_[node].terminals) {
        if (!t.requires_capital || capital) payloads.push_back(t.payload);
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
