#include "report/entity_stubs.h"

#include <set>

#include <nlohmann/json.hpp>
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

std::string Where(const Location& l) {
  return l.path + ":" + std::to_string(l.start.line) + ":" + std::to_string(l.start.column);
}

std::string Counted(const FullNameSpelling& s, const CorpusIndex& corpus) {
  const size_t d = s.documents.size(), n = s.mentions;
  return std::to_string(d) + (d == 1 ? " document, " : " documents, ") + std::to_string(n) +
         (n == 1 ? " time" : " times") + ", first at " + Where(corpus.Where(s.documents.front(), s.firsts.front()->first));
}

// Unique ids, in output order.
std::vector<std::string> Ids(const std::vector<FullNameGroup>& groups) {
  std::set<std::string> taken;
  std::vector<std::string> ids;
  for (const FullNameGroup& g : groups) {
    const std::string base = IdFrom(g.spellings.front().display);
    std::string id = base;
    for (int n = 2; !taken.insert(id).second; ++n) id = base + "-" + std::to_string(n);
    ids.push_back(id);
  }
  return ids;
}

}  // namespace

void WriteEntityStubs(const std::vector<FullNameGroup>& groups, const CorpusIndex& corpus, std::ostream& out) {
  const size_t documents = corpus.size();
  out << "# translint discover: " << groups.size() << (groups.size() == 1 ? " name" : " names")
      << " no rule table lists, each spelled in several ways, in " << documents
      << (documents == 1 ? " document" : " documents")
      << ".\n# Check each entry: keep those that are one name, check the kind and the preferred spelling,\n"
         "# then paste them into a rule table.\n";
  if (groups.empty()) {
    out << "entities: []\n";
    return;
  }
  out << "entities:\n";
  const std::vector<std::string> ids = Ids(groups);
  for (size_t i = 0; i < groups.size(); ++i) {
    const FullNameGroup& g = groups[i];
    const FullNameSpelling& top = g.spellings.front();
    out << "  - id: " << ids[i] << "\n"
        << "    kind: " << ToString(GuessKind(g, corpus)) << "  # guessed; or person, organization, place, media, band, work, term\n"
        << "    preferred: { " << g.language << ": " << Quoted(top.display) << " }  # " << Counted(top, corpus) << "\n"
        << "    variants:\n";
    for (size_t k = 1; k < g.spellings.size(); ++k) {
      out << "      - " << Quoted(g.spellings[k].display) << "  # " << Counted(g.spellings[k], corpus) << "\n";
    }
  }
}

void WriteEntityStubsJson(const std::vector<FullNameGroup>& groups, const CorpusIndex& corpus, std::ostream& out) {
  const size_t documents = corpus.size();
  using json = nlohmann::ordered_json;
  json clusters = json::array();
  const std::vector<std::string> ids = Ids(groups);
  for (size_t i = 0; i < groups.size(); ++i) {
    json spellings = json::array();
    for (const FullNameSpelling& s : groups[i].spellings) {
      const Location l = corpus.Where(s.documents.front(), s.firsts.front()->first);
      spellings.push_back({{"spelling", s.display},
                           {"documents", s.documents.size()},
                           {"mentions", s.mentions},
                           {"first", {{"path", l.path}, {"line", l.start.line}, {"column", l.start.column}}}});
    }
    clusters.push_back({{"id", ids[i]},
                        {"kind", ToString(GuessKind(groups[i], corpus))},
                        {"language", groups[i].language},
                        {"spellings", spellings}});
  }
  const json doc = {{"version", 1}, {"documents", documents}, {"clusters", clusters}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace translint
