// RegexPrefilter: a fast pass over a text for many regular expressions, to tell
// which of them may match in which span, so that ICU (the engine whose semantics
// the rules are written for) searches only there.
//
// All regexes are compiled by Vectorscan (Debian's libvectorscan, the portable
// Hyperscan) into one database, in prefilter mode: Vectorscan may report a match
// where ICU finds none (look-arounds and back-references are widened), never the
// other way round, so ICU's answer is unchanged. A regex that Vectorscan cannot
// read (ICU-only syntax such as set operations [\p{L}--[a]]), or that is not
// compiled yet, is "always possible": ICU searches every span for it, as without
// the prefilter. The same holds for a text that is not valid UTF-8.
//
// Compiling is slow (about 1.5 s for the shipped rules), so the database is
// kept in a cache folder, in a file named by a hash of the regexes, the
// Vectorscan version and the processor's features, written atomically; a file that does not load is compiled
// again.
//
// The whole text is scanned (so \b, ^ and look-behinds see the real text
// around each span, as ICU's transparent bounds do); a regex is possible in a
// span when Vectorscan reports a match ending inside it.
//
// Immutable after Build(); Find() may run on many threads at once (each thread
// keeps its own Vectorscan scratch space).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

struct hs_database;
struct hs_scratch;

namespace translint {

// Which regexes may match in which span (a bit per (span, regex)), and which
// may match anywhere in the text.
class RegexCandidates {
 public:
  RegexCandidates(size_t spans, size_t regexes) : words_((regexes + 63) / 64), bits_((spans + 1) * words_) {}
  bool Possible(size_t span, size_t regex) const { return Bit(span + 1, regex); }
  bool Anywhere(size_t regex) const { return Bit(0, regex); }
  void Set(size_t span, size_t regex) { bits_[(span + 1) * words_ + regex / 64] |= uint64_t{1} << (regex % 64); }
  void SetAnywhere(size_t regex) { bits_[regex / 64] |= uint64_t{1} << (regex % 64); }

 private:
  bool Bit(size_t row, size_t regex) const { return (bits_[row * words_ + regex / 64] >> (regex % 64)) & 1; }
  size_t words_;
  std::vector<uint64_t> bits_;  // row 0: anywhere; row s + 1: span s
};

class RegexPrefilter {
 public:
  // `regexes` in ICU syntax. Loads the database from `cache_folder` ("" = no
  // cache); if it is not there and `compile` is set, compiles it and stores it
  // there. Never fails: what Vectorscan cannot compile is always possible.
  static std::unique_ptr<RegexPrefilter> Build(const std::vector<std::string>& regexes,
                                               const std::string& cache_folder, bool compile);
  ~RegexPrefilter();
  RegexPrefilter(const RegexPrefilter&) = delete;
  RegexPrefilter& operator=(const RegexPrefilter&) = delete;

  // For `spans` of `text` (sorted, not overlapping), which regexes may match
  // there, and which anywhere in `text`.
  RegexCandidates Find(std::string_view text, const std::vector<Span>& spans) const;

  size_t size() const { return always_.size(); }
  // True when regex `i` is not in the database (it is searched everywhere).
  bool always_possible(size_t i) const { return always_[i]; }
  // True when the database holds every regex that Vectorscan can read.
  bool complete() const { return complete_; }

 private:
  RegexPrefilter();
  bool Compile(const std::vector<std::string>& regexes);
  bool Load(const std::string& path);
  void Store(const std::string& path) const;

  const uint64_t serial_;  // tells this filter's scratch spaces from another's
  hs_database* database_ = nullptr;
  hs_scratch* prototype_ = nullptr;  // cloned by each scanning thread
  std::vector<bool> always_;         // by regex: not in the database
  bool complete_ = false;
};

}  // namespace translint
