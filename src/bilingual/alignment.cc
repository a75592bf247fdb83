#include "bilingual/alignment.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include "text/front_matter.h"

namespace fs = std::filesystem;

namespace translint {

namespace {

// "a.en.md" -> {"a", "en", ".md"}; empty infix when there is none.
struct NameParts {
  std::string stem, infix, extension;
};

NameParts Split(const std::string& path) {
  const fs::path p(path);
  const std::string extension = p.extension().string();
  const fs::path rest = p.parent_path() / p.stem();
  const std::string infix = rest.extension().string();
  if (infix.size() < 3 || infix.size() > 4) return {};
  return {(rest.parent_path() / rest.stem()).string(), infix.substr(1), extension};
}

struct Bead {
  int source, target;  // paragraphs taken from each side
};

constexpr Bead kBeads[] = {{1, 1}, {2, 1}, {1, 2}, {1, 0}, {0, 1}};

// The cost of pairing `s` source characters with `t` target characters in a bead.
double Cost(size_t s, size_t t, const Bead& bead) {
  const double penalty = bead.source == 1 && bead.target == 1 ? 0 : (bead.source == 0 || bead.target == 0 ? 4.0 : 2.0);
  const double a = static_cast<double>(s) + 1, b = static_cast<double>(t) + 1;
  return penalty + std::fabs(std::log(a / b)) * 3;
}

// Beads from the end back to the start of a DP over `source` x `target` lengths.
std::vector<Bead> Align(const std::vector<size_t>& source, const std::vector<size_t>& target) {
  const size_t n = source.size(), m = target.size();
  std::vector<std::vector<double>> cost(n + 1, std::vector<double>(m + 1, std::numeric_limits<double>::infinity()));
  std::vector<std::vector<int>> from(n + 1, std::vector<int>(m + 1, -1));
  cost[0][0] = 0;
  for (size_t i = 0; i <= n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      if (cost[i][j] == std::numeric_limits<double>::infinity()) continue;
      for (int b = 0; b < 5; ++b) {
        const size_t i2 = i + kBeads[b].source, j2 = j + kBeads[b].target;
        if (i2 > n || j2 > m) continue;
        size_t s = 0, t = 0;
        for (size_t k = i; k < i2; ++k) s += source[k];
        for (size_t k = j; k < j2; ++k) t += target[k];
        const double c = cost[i][j] + Cost(s, t, kBeads[b]);
        if (c < cost[i2][j2]) {
          cost[i2][j2] = c;
          from[i2][j2] = b;
        }
      }
    }
  }
  std::vector<Bead> beads;
  for (size_t i = n, j = m; i > 0 || j > 0;) {
    const Bead& b = kBeads[from[i][j]];
    beads.push_back(b);
    i -= b.source;
    j -= b.target;
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

}  // namespace

std::vector<Span> Paragraphs(const Document& document) {
  const std::string_view text = document.text();
  size_t at = FrontMatterEnd(text, document.format() != DocumentFormat::kMarkdown);
  std::vector<Span> out;
  while (at < text.size()) {
    while (at < text.size() && (text[at] == '\n' || text[at] == '\r' || text[at] == ' ' || text[at] == '\t')) ++at;
    if (at >= text.size()) break;
    size_t end = at;
    // A paragraph ends at a line that is blank.
    while (end < text.size()) {
      const size_t line_end = std::min(text.find('\n', end), text.size());
      const std::string_view line = text.substr(end, line_end - end);
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) break;
      end = line_end == text.size() ? line_end : line_end + 1;
    }
    size_t trimmed = end;
    while (trimmed > at && (text[trimmed - 1] == '\n' || text[trimmed - 1] == '\r')) --trimmed;
    out.push_back(Span{at, trimmed});
    at = end;
  }
  return out;
}

void AttachSource(Document* target, std::shared_ptr<const Document> source) {
  const std::vector<Span> to = Paragraphs(*target), from = Paragraphs(*source);
  const size_t most = std::max(to.size(), from.size());
  const size_t apart = std::max(to.size(), from.size()) - std::min(to.size(), from.size());
  if (apart > std::max<size_t>(2, most / 10)) {
    target->SetUnaligned("the translation has " + std::to_string(to.size()) + " paragraphs and its source " +
                         std::to_string(from.size()) +
                         ", too different to pair them: give each source paragraph its translation");
    return;
  }
  std::vector<size_t> source_lengths, target_lengths;
  for (const Span& s : from) source_lengths.push_back(s.size());
  for (const Span& t : to) target_lengths.push_back(t.size());
  std::vector<TranslationUnit> units;
  size_t i = 0, j = 0;
  for (const Bead& bead : Align(source_lengths, target_lengths)) {
    TranslationUnit unit;
    if (bead.target > 0) {
      unit.target = Span{to[j].begin, to[j + bead.target - 1].end};
    } else {  // a source paragraph with no translation: an empty target where it would go
      const size_t at = j < to.size() ? to[j].begin : target->text().size();
      unit.target = Span{at, at};
    }
    unit.target_file_offset = target->SourceSpan(unit.target).begin - target->source_offset();
    if (bead.source > 0) {
      const Span s{from[i].begin, from[i + bead.source - 1].end};
      unit.source = std::string(source->text().substr(s.begin, s.size()));
      unit.source_map.Add(s.begin, s.size(), s.size(), true);
      unit.source_in_file = s;
    }
    unit.id = "paragraph " + std::to_string(j + 1);
    unit.source_document = source;
    i += bead.source;
    j += bead.target;
    if (bead.target > 0 || bead.source > 0) units.push_back(std::move(unit));
  }
  target->SetUnits(std::move(units), source->language());
}

std::string SiblingSource(const std::string& target_path, const std::string& target_language,
                          const std::vector<std::string>& languages) {
  const NameParts parts = Split(target_path);
  if (parts.infix.empty() || parts.infix != target_language) return "";
  for (const std::string& language : languages) {
    const std::string candidate = parts.stem + "." + language + parts.extension;
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate;
  }
  return "";
}

bool IsSiblingSource(const std::string& path, const std::vector<std::string>& paths) {
  const NameParts parts = Split(path);
  const auto& sources = SourceLanguageInfixes();
  if (parts.infix.empty() || std::find(sources.begin(), sources.end(), parts.infix) == sources.end()) return false;
  for (const char* target : {"en", "de", "fr"}) {
    const std::string sibling = parts.stem + "." + target + parts.extension;
    if (std::find(paths.begin(), paths.end(), sibling) != paths.end()) return true;
  }
  return false;
}

const std::vector<std::string>& SourceLanguageInfixes() {
  static const std::vector<std::string> kLanguages = {"ru", "uk", "ky", "kk", "tg", "uz", "be"};
  return kLanguages;
}

}  // namespace translint
