#include "report/entity_stubs.h"

#include <set>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace translint {

namespace {

// "Baitursynov" -> "baitursynov"; letters outside ASCII lose their marks.
std::string IdFrom(const std::string& spelling) {
  UErrorCode status = U_ZERO_ERROR;
  static const std::unique_ptr<icu::Transliterator> ascii(icu::Transliterator::createInstance(
      "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(spelling);
  if (ascii) ascii->transliterate(u);
  std::string folded, id;
  u.toUTF8String(folded);
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) id += c;
    else if (!id.empty() && id.back() != '-') id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "name" : id;
}

std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string Counted(const SpellingCount& s, const std::function<std::string(size_t)>& where) {
  const size_t n = s.occurrences.size();
  return std::to_string(n) + (n == 1 ? " time" : " times") + ", first at " + where(s.occurrences.front());
}

}  // namespace

void WriteEntityStubs(const std::vector<NameCluster>& clusters, const std::function<std::string(size_t)>& where, const std::string& language,
                      size_t files, std::ostream& out) {
  out << "# translint discover: " << clusters.size() << (clusters.size() == 1 ? " cluster" : " clusters")
      << " of unlisted spellings that look like one name, in " << files << (files == 1 ? " file" : " files")
      << ".\n# Check each entry: keep those that are one name, set the kind and the preferred spelling,\n"
         "# then paste them into a rule table.\n";
  if (clusters.empty()) {
    out << "entities: []\n";
    return;
  }
  out << "entities:\n";
  std::set<std::string> ids;
  for (const NameCluster& cluster : clusters) {
    const SpellingCount& top = cluster.spellings.front();
    std::string id = IdFrom(top.spelling);
    for (int n = 2; !ids.insert(id).second; ++n) id = IdFrom(top.spelling) + "-" + std::to_string(n);
    out << "  - id: " << id << "\n"
        << "    kind: person  # or organization, place, media, band, work, term\n"
        << "    preferred: { " << language << ": " << Quoted(top.spelling) << " }  # " << Counted(top, where) << "\n"
        << "    variants:\n";
    for (size_t i = 1; i < cluster.spellings.size(); ++i) {
      out << "      - " << Quoted(cluster.spellings[i].spelling) << "  # " << Counted(cluster.spellings[i], where)
          << "\n";
    }
  }
}

}  // namespace translint
