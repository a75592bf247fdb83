// VariantSet: every spelling of every entity compiled into one matcher.
//
// Spellings are added as text with a payload (an id the caller chooses), then
// Compile() builds a word-level trie: each spelling is folded and split into
// words by the same Tokenizer that reads documents, and words are interned, so
// a scan costs one hash lookup per word of text (plus one per extra word of a
// candidate name), however many spellings there are. Scan() reports the
// leftmost-longest matches, never inside a longer word, only across words joined
// by a space, a single line break or a hyphen (so "Kim-Jong-Il" and "Kim Jong
// Il" match the same spelling) or by a period or comma where the spelling has
// the same one ("St. Petersburg"), and case-insensitively except that a spelling
// added with `requires_capital` only matches text that starts with a capital.
// Add() and Compile() are not thread-safe; Compile() comes once, after the last
// Add() (it frees what only adding needs); then the set is immutable and Scan()
// may run on many threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/flat_map.h"
#include "text/normalized_text.h"
#include "text/span.h"
#include "text/tokenizer.h"

namespace translint {

struct VariantMatch {
  Span original;  // into the Document's bytes
  std::vector<uint32_t> payloads;
};

class VariantSet {
 public:
  // Prepares room for about `spellings` more Add() calls (optional).
  void Reserve(size_t spellings);
  void Add(std::string_view spelling, uint32_t payload, bool requires_capital);
  void Compile();

  // Scans one segment's folded view; `document_text` is the Document's bytes
  // (for the capital-letter test). Calls `on_match` in text order.
  void Scan(const NormalizedText& segment, std::string_view document_text,
            const std::function<void(VariantMatch)>& on_match) const;
  // The same with the segment's words already found (Tokenize(segment.folded())).
  void Scan(const NormalizedText& segment, const std::vector<Token>& tokens, std::string_view document_text,
            const std::function<void(VariantMatch)>& on_match) const;

  size_t size() const { return spelling_count_; }

 private:
  struct Terminal {
    uint32_t payload;
    bool requires_capital;
  };
  // Terminals of node n are terminals_[first_terminal_[n] .. first_terminal_[n + 1]),
  // laid out by Compile() from the (node, terminal) pairs Add() collected.
  static constexpr uint32_t kNoWord = UINT32_MAX;

  uint32_t WordId(std::string_view word) const;
  uint32_t Child(uint32_t node, uint32_t word, char punctuation) const;
  // An edge is taken for a word joined to the previous one by a period or comma
  // only if the spelling had the same punctuation there.
  static uint64_t EdgeKey(uint32_t node, uint32_t word, char punctuation) {
    const uint64_t p = punctuation == '.' ? 1 : punctuation == ',' ? 2 : 0;
    return (uint64_t{node} << 34) | (p << 32) | word;
  }

  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Built by Add(); Compile() moves them into the flat tables Scan() reads.
  std::unordered_map<std::string, uint32_t, WordHash, std::equal_to<>> words_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  FlatStringMap word_ids_;
  FlatIdMap children_;
  // First bytes of the folded first words of spellings that may start in lower
  // case: a lower-case word of text starting with another byte cannot start a
  // match, so Scan() skips its lookup (most words of running text).
  bool lowercase_start_[256] = {};
  uint32_t node_count_ = 1;  // node 0 is the root
  std::vector<std::pair<uint32_t, Terminal>> pending_;  // until Compile()
  std::vector<uint32_t> first_terminal_;
  std::vector<Terminal> terminals_;
  size_t spelling_count_ = 0;
  bool compiled_ = false;
};

}  // namespace translint
