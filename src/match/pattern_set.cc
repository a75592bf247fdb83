#include "match/pattern_set.h"

#include <unicode/utext.h>

#include <algorithm>
#include <cctype>

#include "base/utf8.h"
#include "match/regex_scan.h"
#include "text/normalized_text.h"

namespace translint {

namespace {

Result<std::unique_ptr<icu::RegexPattern>> Compile(const PatternRule& rule, const std::string& regex,
                                                   const SourceLocation& at, const char* field, uint32_t flags = 0) {
  UParseError where;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexPattern> pattern(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex), flags, where, status));
  if (U_FAILURE(status)) {
    return Status::Error(at.ToString() + ": " + field + " of \"" + rule.id + "\" does not compile: " +
                         u_errorName(status) + " at offset " + std::to_string(where.offset) +
                         " of the regular expression");
  }
  return pattern;
}

}  // namespace

Result<std::unique_ptr<PatternSet>> PatternSet::Build(const std::vector<PatternRule>& rules,
                                                     const std::vector<bool>& off, const std::string& cache_folder) {
  std::unique_ptr<PatternSet> set(new PatternSet(rules));
  set->off_ = off;
  set->off_.resize(rules.size(), false);
  std::vector<std::string> sources, unless_sources;
  for (uint32_t i = 0; i < rules.size(); ++i) {
    const PatternRule& rule = rules[i];
    // An off rule's regexes are still compiled (a broken one is an error in the table), never kept.
    Result<std::unique_ptr<icu::RegexPattern>> pattern = std::unique_ptr<icu::RegexPattern>();
    Result<std::unique_ptr<icu::RegexPattern>> unless = std::unique_ptr<icu::RegexPattern>();
    if (!rule.pattern.empty() && !(pattern = Compile(rule, rule.pattern, rule.pattern_where, "pattern")).ok()) {
      return pattern.status();
    }
    if (!rule.unless.empty() && !(unless = Compile(rule, rule.unless, rule.unless_where, "unless")).ok()) {
      return unless.status();
    }
    Result<std::unique_ptr<icu::RegexPattern>> source = std::unique_ptr<icu::RegexPattern>();
    if (!rule.source.empty() &&
        !(source = Compile(rule, rule.source, rule.source_where, "source", UREGEX_CASE_INSENSITIVE)).ok()) {
      return source.status();
    }
    set->source_patterns_.push_back(set->off_[i] ? nullptr : std::move(*source));
    if (set->off_[i]) continue;
    if (*pattern) {
      set->regexes_.emplace_back(i, std::move(*pattern));
      sources.push_back(rule.pattern);
    }
    if (*unless) {
      set->unless_.emplace_back(i, std::move(*unless));
      unless_sources.push_back(rule.unless);
    }
    for (const std::string& phrase : rule.phrases) set->phrases_.Add(phrase, i, false);
  }
  set->phrases_.Compile();
  sources.insert(sources.end(), unless_sources.begin(), unless_sources.end());
  set->prefilter_ = RegexPrefilter::Build(sources, cache_folder, false);
  set->sources_ = std::move(sources);
  set->cache_folder_ = cache_folder;
  return set;
}

void PatternSet::CompilePrefilter() const {
  if (prefilter_->complete()) return;
  prefilter_ = RegexPrefilter::Build(sources_, cache_folder_, true);
}

std::vector<bool> PatternSet::Applicable(const Document& document) const {
  std::vector<bool> active(rules_.size());
  for (size_t i = 0; i < rules_.size(); ++i) {
    active[i] = !off_[i] && rules_[i].AppliesTo(document.language()) &&
                (rules_[i].source.empty() || !document.units().empty());
  }
  return active;
}

void PatternSet::ApplyUnless(const Document& document, const RegexCandidates& candidates,
                             std::vector<bool>* active) const {
  // Searched in pieces (ScanRegex windows each), never the whole text at once.
  constexpr size_t kPiece = size_t{1} << 18, kOverlap = size_t{1} << 12;
  const std::string_view text = document.text();
  for (size_t j = 0; j < unless_.size(); ++j) {
    const size_t rule = unless_[j].first;
    if (!(*active)[rule] || !candidates.Anywhere(regexes_.size() + j)) continue;
    for (size_t begin = 0; (*active)[rule] && begin < text.size(); begin += kPiece - kOverlap) {
      while (begin < text.size() && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
      size_t end = std::min(text.size(), begin + kPiece);
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      ScanRegex(*unless_[j].second, text, Span{begin, end}, [&](const RegexHit&) { (*active)[rule] = false; });
      if (end == text.size()) break;
    }
  }
}

void PatternSet::Scan(const Document& document, const ProseViews& prose, std::vector<PatternMatch>* out) const {
  std::vector<bool> active = Applicable(document);
  if (std::find(active.begin(), active.end(), true) == active.end()) return;
  const RegexCandidates candidates = prefilter_->Find(document.text(), prose.spans());
  ApplyUnless(document, candidates, &active);
  prose.ForEach([&](size_t s, const SegmentView& segment) {
    if (phrases_.size() > 0) {
      phrases_.Scan(segment.folded, segment.tokens, document.text(), [&](VariantMatch m) {
        for (uint32_t rule : m.payloads) {
          if (!active[rule]) continue;
          const std::string matched(document.text().substr(m.original.begin, m.original.size()));
          out->push_back(PatternMatch{rule, m.original, {matched}, ""});
        }
      });
    }
    for (size_t r = 0; r < regexes_.size(); ++r) {
      const uint32_t rule = regexes_[r].first;
      if (!active[rule] || !candidates.Possible(s, r)) continue;
      const UErrorCode stopped = ScanRegex(*regexes_[r].second, document.text(), segment.span, [&](const RegexHit& hit) {
        out->push_back(PatternMatch{rule, hit.span, hit.groups, ""});
      });
      if (U_FAILURE(stopped)) out->push_back(PatternMatch{rule, segment.span, {}, u_errorName(stopped)});
    }
  });
}

std::string ExpandGroups(const std::string& text, const std::vector<std::string>& groups, char sigil) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool brace = sigil == '{' && text[i] == '{' && i + 2 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])) && text[i + 2] == '}';
    const bool dollar = sigil == '$' && text[i] == '$' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]));
    if (!brace && !dollar) {
      out.push_back(text[i]);
      continue;
    }
    const size_t g = static_cast<size_t>(text[i + 1] - '0');
    if (g < groups.size()) out += groups[g];
    i += brace ? 2 : 1;
  }
  return out;
}

}  // namespace translint
