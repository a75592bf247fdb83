#include "check/names/unlisted_full_names.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "match/name_clusters.h"
#include "text/normalized_text.h"

namespace translint {

namespace {

// The first words of the tables' persons, lower case.
bool ListedGivenName(const RuleTable& table, const std::string& given) {
  for (const Entity& e : table.entities()) {
    if (e.kind != EntityKind::kPerson) continue;
    std::vector<const std::string*> spellings;
    for (const auto& [language, s] : e.preferred) spellings.push_back(&s.text);
    for (const Spelling& s : e.variants) spellings.push_back(&s.text);
    for (const std::string* s : spellings) {
      const size_t space = s->find(' ');
      if (space != std::string::npos && LowerCase(s->substr(0, space)) == given) return true;
    }
  }
  return false;
}

}  // namespace

EntityKind GuessKind(const FullNameGroup& group, const CorpusIndex& corpus) {
  const FullNameSpelling& top = group.spellings.front();
  const RuleTable* table = corpus.documents()[top.documents.front()].table;
  if (table != nullptr && ListedGivenName(*table, LowerCase(top.firsts.front()->given))) return EntityKind::kPerson;
  static const std::set<std::string> kPlaceWords = {"in", "from", "near", "to", "at", "across", "outside", "inside"};
  static const std::set<std::string> kOrganizationWords = {"party", "company", "bank", "agency", "group", "firm",
                                                           "movement", "bloc", "faction", "committee", "union"};
  size_t place = 0, organization = 0, all = 0;
  for (const FullNameSpelling& s : group.spellings) {
    for (const FullNameUse* use : s.firsts) {
      ++all;
      place += kPlaceWords.count(std::string(use->context));
      organization += kOrganizationWords.count(std::string(use->context));
    }
  }
  if (2 * place > all) return EntityKind::kPlace;
  if (2 * organization > all) return EntityKind::kOrganization;
  return EntityKind::kPerson;
}

std::vector<FullNameGroup> GroupFullNames(const CorpusIndex& corpus) {
  // Distinct spellings per language, in order of first use.
  std::map<std::string_view, std::vector<FullNameSpelling>> by_language;
  std::map<std::string_view, std::vector<FullName>> names;
  std::unordered_map<std::string, size_t> index;
  for (size_t d = 0; d < corpus.size(); ++d) {
    const DocumentRecord& record = corpus.documents()[d];
    for (const FullNameUse& use : record.full_names) {
      const std::string display = std::string(use.given) + " " + std::string(use.surname);
      const auto [it, fresh] = index.emplace(std::string(record.language) + "\n" + LowerCase(display),
                                             by_language[record.language].size());
      std::vector<FullNameSpelling>& spellings = by_language[record.language];
      if (fresh) {
        spellings.push_back(FullNameSpelling{display, 0, {}, {}});
        names[record.language].push_back(
            FullName{std::string(use.given), std::string(use.surname), use.given_known, use.surname_known});
      }
      FullNameSpelling& s = spellings[it->second];
      s.mentions += use.count;
      s.documents.push_back(d);
      s.firsts.push_back(&use);
    }
  }
  std::vector<FullNameGroup> groups;
  for (auto& [language, spellings] : by_language) {
    for (const std::vector<size_t>& members : ClusterFullNames(names[language], std::string(language))) {
      FullNameGroup group{language, {}};
      for (size_t m : members) group.spellings.push_back(spellings[m]);
      std::stable_sort(group.spellings.begin(), group.spellings.end(), [](const FullNameSpelling& a, const FullNameSpelling& b) {
        if (a.documents.size() != b.documents.size()) return a.documents.size() > b.documents.size();
        return a.mentions > b.mentions;
      });
      groups.push_back(std::move(group));
    }
  }
  return groups;
}

}  // namespace translint
