#include "match/pattern_set.h"

#include <unicode/utext.h>

#include <cctype>

#include "base/utf8.h"
#include "match/regex_scan.h"
#include "text/normalized_text.h"

namespace translint {

namespace {

Result<std::unique_ptr<icu::RegexPattern>> Compile(const PatternRule& rule, const std::string& regex,
                                                   const SourceLocation& at, const char* field) {
  UParseError where;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexPattern> pattern(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex), 0, where, status));
  if (U_FAILURE(status)) {
    return Status::Error(at.ToString() + ": " + field + " of \"" + rule.id + "\" does not compile: " +
                         u_errorName(status) + " at offset " + std::to_string(where.offset) +
                         " of the regular expression");
  }
  return pattern;
}

}  // namespace

Result<std::unique_ptr<PatternSet>> PatternSet::Build(const std::vector<PatternRule>& rules) {
  std::unique_ptr<PatternSet> set(new PatternSet(rules));
  set->literals_.resize(rules.size());
  for (uint32_t i = 0; i < rules.size(); ++i) {
    const PatternRule& rule = rules[i];
    if (!rule.pattern.empty()) set->literals_[i].text = RequiredLiteral(rule.pattern, &set->literals_[i].case_insensitive);
    for (const std::string& phrase : rule.phrases) set->phrases_.Add(phrase, i, false);
    if (!rule.pattern.empty()) {
      auto regex = Compile(rule, rule.pattern, rule.pattern_where, "pattern");
      if (!regex.ok()) return regex.status();
      set->regexes_.emplace_back(i, std::move(*regex));
    }
    if (!rule.unless.empty()) {
      auto regex = Compile(rule, rule.unless, rule.unless_where, "unless");
      if (!regex.ok()) return regex.status();
      set->unless_.emplace_back(i, std::move(*regex));
    }
  }
  set->phrases_.Compile();
  return set;
}

std::vector<bool> PatternSet::ActiveRules(const Document& document) const {
  std::vector<bool> active(rules_.size());
  for (size_t i = 0; i < rules_.size(); ++i) {
    active[i] = rules_[i].AppliesTo(document.language()) &&
                ContainsLiteral(document.text(), literals_[i].text, literals_[i].case_insensitive);
  }
  if (unless_.empty()) return active;
  // Searched in pieces (ScanRegex windows each), never the whole text at once.
  constexpr size_t kPiece = size_t{1} << 18, kOverlap = size_t{1} << 12;
  const std::string_view text = document.text();
  for (const auto& [index, regex] : unless_) {
    const size_t rule = index;  // a lambda may not capture a structured binding (clang)
    for (size_t begin = 0; active[rule] && begin < text.size(); begin += kPiece - kOverlap) {
      while (begin < text.size() && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
      size_t end = std::min(text.size(), begin + kPiece);
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      ScanRegex(*regex, text, Span{begin, end}, [&](const RegexHit&) { active[rule] = false; });
      if (end == text.size()) break;
    }
  }
  return active;
}

void PatternSet::Scan(const Document& document, Span segment, const std::vector<bool>& active,
                      std::vector<PatternMatch>* out) const {
  const std::string_view text = document.text().substr(segment.begin, segment.size());
  const NormalizedText folded(text, segment.begin);
  phrases_.Scan(folded, document.text(), [&](VariantMatch m) {
    for (uint32_t rule : m.payloads) {
      if (!active[rule]) continue;
      const std::string matched(document.text().substr(m.original.begin, m.original.size()));
      out->push_back(PatternMatch{rule, m.original, {matched}, ""});
    }
  });
  for (const auto& [rule, regex] : regexes_) {
    if (!active[rule]) continue;
    const uint32_t index = rule;
    const UErrorCode stopped = ScanRegex(*regex, document.text(), segment, [&](const RegexHit& hit) {
      out->push_back(PatternMatch{index, hit.span, hit.groups, ""});
    });
    if (U_FAILURE(stopped)) out->push_back(PatternMatch{rule, segment, {}, u_errorName(stopped)});
  }
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
