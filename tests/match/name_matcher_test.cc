#include "match/name_matcher.h"

#include <catch2/catch.hpp>

#include "match/name_form_cache.h"
#include "rules/rule_loader.h"
#include "text/segmenter.h"

using namespace translint;

namespace {

const char* kTable = R"(
entities:
  - id: sadyr
    kind: person
    original: { ky: Садыр Жапаров }
    preferred: { en: Sadyr Japarov }
    variants: [Sadyr Zhaparov]
    distinct_from: [akylbek]
  - id: akylbek
    kind: person
    original: { ru: Акылбек Жапаров }
    preferred: { en: Akylbek Japarov }
    distinct_from: [sadyr]
  - id: kyiv
    kind: place
    preferred: { en: Kyiv }
    original: { uk: Київ, ru: Киев }
    variants: [Kiev]
    exceptions: [Chicken Kiev]
)";

struct Fixture {
  Fixture() {
    REQUIRE(LoadRuleText("t.yaml", kTable, &table).ok());
    REQUIRE(table.Finalize().ok());
    matcher = std::make_unique<NameMatcher>(table, nullptr);
  }
  // "text=entity" per mention ("?" when ambiguous, "+g" for glosses).
  std::string Find(const std::string& text, const std::string& language = "en") {
    const Document doc("d.txt", text, language);
    std::string out;
    for (const Mention& m : matcher->FindMentions(doc, SegmentProse(doc))) {
      out += "[" + text.substr(m.span.begin, m.span.size()) + "=" +
             (m.entity < 0 ? "?" : table.entities()[m.entity].id) + (m.gloss ? "+g" : "") + "]";
    }
    return out;
  }
  RuleTable table;
  std::unique_ptr<NameMatcher> matcher;
};

}  // namespace

TEST_CASE("Persons are also mentioned by surname", "[match]") {
  Fixture f;
  CHECK(f.Find("Sadyr Zhaparov arrived. Zhaparov's car") == "[Sadyr Zhaparov=sadyr][Zhaparov=sadyr]");
}

TEST_CASE("A shared surname resolves by the full names in the document", "[match]") {
  Fixture f;
  CHECK(f.Find("Japarov spoke.") == "[Japarov=?]");
  CHECK(f.Find("Akylbek Japarov arrived. Japarov spoke.") == "[Akylbek Japarov=akylbek][Japarov=akylbek]");
  CHECK(f.Find("Akylbek Japarov and Sadyr Japarov. Japarov spoke.") ==
        "[Akylbek Japarov=akylbek][Sadyr Japarov=sadyr][Japarov=?]");
}

TEST_CASE("Exceptions are not mentions and glosses are marked", "[match]") {
  Fixture f;
  CHECK(f.Find("Chicken Kiev in Kiev") == "[Kiev=kyiv]");
  CHECK(f.Find("Kyiv (Kiev) and Kyiv, also spelled Kiev, then Kiev") ==
        "[Kyiv=kyiv+g][Kiev=kyiv+g][Kyiv=kyiv+g][Kiev=kyiv+g][Kiev=kyiv]");
  CHECK(f.Find("Kyiv, Kiev") == "[Kyiv=kyiv][Kiev=kyiv]");
}

TEST_CASE("In Russian text, a name in any case is a mention of its entity", "[match]") {
  Fixture f;
  // The shared surname, in another case, resolves by the full name in the document.
  CHECK(f.Find("Садыру Жапарову вручили орден. Жапаровым довольны.", "ru") ==
        "[Садыру Жапарову=sadyr][Жапаровым=sadyr]");
  CHECK(f.Find("Жапаровым довольны.", "ru") == "[Жапаровым=?]");
  CHECK(f.Find("Указ подписал Садыр Жапаров. С Жапаровым согласились, о Жапарове писали.", "ru") ==
        "[Садыр Жапаров=sadyr][Жапаровым=sadyr][Жапарове=sadyr]");
  CHECK(f.Find("Акылбека Жапарова сняли. Жапарова нет.", "ru") == "[Акылбека Жапарова=akylbek][Жапарова=akylbek]");
  CHECK(f.Find("В Киеве и под Киевом.", "ru") == "[Киеве=kyiv][Киевом=kyiv]");
  // A word that only looks inflected is not: Жапаровка is another word.
  CHECK(f.Find("Село Жапаровка.", "ru").empty());
  // Original and case forms are mentions in Russian text only.
  CHECK(f.Find("Sadyr Japarov (Садыр Жапаров) met Жапаровым.") == "[Sadyr Japarov=sadyr]");
}

TEST_CASE("Name forms read back from their cache bytes equal the expanded ones", "[match]") {
  RuleTable table;
  REQUIRE(LoadRuleText("t.yaml", kTable, &table).ok());
  REQUIRE(table.Finalize().ok());
  Result<SchemeSet> schemes = SchemeSet::Load(std::string(TRANSLINT_SOURCE_DIR) + "/transliteration");
  REQUIRE(schemes.ok());
  const std::vector<NameForm> forms = ExpandForms(table, &*schemes);
  REQUIRE(forms.size() > 20);  // generated and declined forms too
  const std::string bytes = SerializeForms(forms, table);
  std::optional<std::vector<NameForm>> back = DeserializeForms(bytes, table);
  REQUIRE(back.has_value());
  REQUIRE(back->size() == forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    const NameForm &a = forms[i], &b = (*back)[i];
    INFO(a.text);
    CHECK(a.entity == b.entity);
    CHECK(a.text == b.text);
    CHECK(a.tag == b.tag);
    CHECK(a.spelling == b.spelling);  // the same Spelling of the same table
    CHECK(a.is_short == b.is_short);
    CHECK(a.is_exception == b.is_exception);
    CHECK(a.requires_capital == b.requires_capital);
    CHECK(a.language == b.language);
    CHECK(a.nominative == b.nominative);
    CHECK(a.grammatical_case == b.grammatical_case);
  }
  CHECK_FALSE(DeserializeForms(bytes.substr(0, bytes.size() - 1), table).has_value());
  CHECK_FALSE(DeserializeForms(bytes + "x", table).has_value());
  RuleTable smaller;  // bytes of another table do not fit this one
  REQUIRE(LoadRuleText("s.yaml", "entities:\n  - id: kyiv\n    kind: place\n    preferred: { en: Kyiv }\n", &smaller).ok());
  REQUIRE(smaller.Finalize().ok());
  CHECK_FALSE(DeserializeForms(bytes, smaller).has_value());
}
