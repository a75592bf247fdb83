#include "lint/linter.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace translint;

namespace {

Result<std::unique_ptr<Linter>> Make(const std::string& yaml, const Config& config = Config{}) {
  static testing::TempDir dir;
  static int n = 0;
  const std::string path = dir.Write("r" + std::to_string(n++) + ".yaml", yaml);
  return Linter::Create(config, {path});
}

const char* kKyiv = R"(entities:
  - id: kyiv
    kind: place
    preferred: { en: Kyiv }
    variants: [{ spelling: Kiev, tag: historical }]
)";

}  // namespace

TEST_CASE("A failing example stops loading with its location", "[lint]") {
  Result<std::unique_ptr<Linter>> bad = Make(std::string(kKyiv) + "    examples: [{ ok: \"in Kiev\" }]\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find(".yaml:6:16: example of \"kyiv\" should pass but names/non-preferred reports: "
                                    "\"Kiev\" is a historical spelling of Kyiv (place); write \"Kyiv\"") !=
        std::string::npos);
  Result<std::unique_ptr<Linter>> unflagged = Make(std::string(kKyiv) + "    examples: [{ flag: \"in Kyiv\" }]\n");
  REQUIRE_FALSE(unflagged.ok());
  CHECK(unflagged.status().message().find("example of \"kyiv\" is not flagged: \"in Kyiv\"") != std::string::npos);
  Result<std::unique_ptr<Linter>> misfixed =
      Make(std::string(kKyiv) + "    examples: [{ flag: \"in Kiev\", fixed: \"in Kyjiw\" }]\n");
  REQUIRE_FALSE(misfixed.ok());
  CHECK(misfixed.status().message().find("example of \"kyiv\" is fixed to \"in Kyiv\", not to \"in Kyjiw\"") !=
        std::string::npos);
}

TEST_CASE("A config can override a house spelling and silence a check", "[lint]") {
  Config config;
  config.preferred.push_back(PreferredOverride{"kyiv", "en", "Kiev", SourceLocation{"c.yaml", 3, 9}});
  Result<std::unique_ptr<Linter>> linter = Make(kKyiv, config);
  REQUIRE(linter.ok());
  const Document doc("a.txt", "Kyiv and Kiev", "en");
  std::vector<Diagnostic> found = (*linter)->Lint(doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0].check == "names/inconsistent");
  CHECK(found[1].check == "names/non-preferred");
  CHECK(found[1].text == "Kyiv");
  CHECK(found[1].fix.at(0).replacement == "Kiev");

  config.checks["names/inconsistent"] = Severity::kOff;
  config.checks["names/non-preferred"] = Severity::kError;
  Result<std::unique_ptr<Linter>> quiet = Make(kKyiv, config);
  REQUIRE(quiet.ok());
  found = (*quiet)->Lint(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::kError);

  Config typo;
  typo.checks["names/inconsistant"] = Severity::kOff;
  typo.check_locations["names/inconsistant"] = SourceLocation{"c.yaml", 2, 3};
  CHECK(Make(kKyiv, typo).status().message() ==
        "c.yaml:2:3: unknown check \"names/inconsistant\" (did you mean \"names/inconsistent\"?); `translint "
        "checks` lists them");

  config.preferred[0].entity = "kiev";
  Result<std::unique_ptr<Linter>> unknown = Make(kKyiv, config);
  CHECK(unknown.status().message() == "c.yaml:3:9: no entity \"kiev\" in the rule tables (did you mean \"kyiv\"?)");
}

TEST_CASE("A spelling the config adds to an entity's variants is a mention of it", "[lint]") {
  Config config;
  config.variants.push_back(VariantAddition{"kyiv", "Kiyv", SourceLocation{"c.yaml", 2, 10}});
  config.variants.push_back(VariantAddition{"kyiv", "KIEV", SourceLocation{"c.yaml", 2, 16}});  // listed already
  Result<std::unique_ptr<Linter>> linter = Make(kKyiv, config);
  REQUIRE(linter.ok());
  const std::vector<Diagnostic> found = (*linter)->Lint(Document("a.md", "Kiyv is a typo.\n", "en"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].check == "names/non-preferred");
  CHECK(found[0].fix[0].replacement == "Kyiv");
  const std::vector<Spelling>& variants = (*linter)->table().entities()[0].variants;
  REQUIRE(variants.size() == 2);
  CHECK(variants[1].where.ToString() == "c.yaml:2:10");
  config.variants[0].entity = "kiev";
  CHECK(Make(kKyiv, config).status().message() == "c.yaml:2:10: no entity \"kiev\" in the rule tables (did you mean \"kyiv\"?)");
}

TEST_CASE("Binary and invalid UTF-8 input is reported, not checked", "[lint]") {
  Result<std::unique_ptr<Linter>> linter = Make(kKyiv);
  REQUIRE(linter.ok());
  std::vector<Diagnostic> found = (*linter)->Lint(Document("b.txt", std::string("Kiev\0\x01", 6), "en"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].check == "input/binary-file");
  found = (*linter)->Lint(Document("c.txt", "Kiev\n\xC0 Kiev", "en"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].check == "input/invalid-utf8");
  CHECK(found[0].message == "invalid UTF-8 (byte 0xC0); the file was not checked: convert it to UTF-8");
  CHECK(found[0].location.start.line == 2);
  CHECK((*linter)->Fix(Document("c.txt", "Kiev\n\xC0 Kiev", "en")).edits.empty());
}

namespace {

// A Linter over one rule table (YAML text) with the shipped romanization schemes.
std::unique_ptr<Linter> WithSchemes(const testing::TempDir& dir, const std::string& table) {
  Result<std::unique_ptr<Linter>> linter = Linter::Create(Config{}, {dir.Write("r.yaml", table)},
                                                          std::string(TRANSLINT_SOURCE_DIR) + "/transliteration");
  REQUIRE(linter.ok());
  return std::move(*linter);
}

// The findings whose check id starts with `prefix`.
std::vector<Diagnostic> Only(const std::string& prefix, std::vector<Diagnostic> found) {
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Diagnostic& d) { return d.check.rfind(prefix, 0) != 0; }),
              found.end());
  return found;
}

// The replacements names/non-preferred proposes for `text`, in order.
std::vector<std::string> NameFixes(const Linter& linter, const std::string& text, const std::string& language) {
  std::vector<std::string> fixes;
  for (const Diagnostic& d : Only("names/non-preferred", linter.Lint(Document("a.txt", text, language)))) {
    fixes.push_back(d.fix.empty() ? "(no fix)" : d.fix[0].replacement);
  }
  return fixes;
}

using Fixes = std::vector<std::string>;

// A person with a Russian original form: the schemes generate its spellings.
const char* kFurgal = R"(entities:
  - id: furgal
    kind: person
    original: { ru: Сергей Фургал }
    preferred: { en: Sergei Furgal }
)";

}  // namespace

TEST_CASE("Spellings generated from original forms are mentions", "[lint]") {
  testing::TempDir dir;
  const std::unique_ptr<Linter> linter = WithSchemes(dir, kFurgal);
  // ru-Latn-bgn and ru-Latn-wikipedia write "Sergey Furgal"; nobody typed it.
  const std::vector<Diagnostic> found =
      linter->Lint(Document("a.txt", "Sergey Furgal was arrested. Furgal denied it.", "en"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].check == "names/non-preferred");
  CHECK(found[0].message == "\"Sergey Furgal\" is a transliteration of Sergei Furgal (person); write \"Sergei Furgal\"");
  CHECK(found[0].fix.at(0).replacement == "Sergei Furgal");
  // Without schemes "Sergey Furgal" is no listed mention; the name key still
  // reads it as Sergei Furgal, and the house spelling is only suggested.
  Result<std::unique_ptr<Linter>> plain = Linter::Create(Config{}, {dir.path() + "/r.yaml"});
  REQUIRE(plain.ok());
  const std::vector<Diagnostic> near = (*plain)->Lint(Document("a.txt", "Sergey Furgal was arrested.", "en"));
  REQUIRE(near.size() == 1);
  CHECK(near[0].check == "names/unlisted-spelling");
  CHECK(near[0].fix.empty());
  CHECK(near[0].suggestions == std::vector<std::string>{"Sergei Furgal"});
}

TEST_CASE("A Kyrgyz name in Russian letters also gets the Russian schemes' spellings", "[lint]") {
  testing::TempDir dir;
  const std::unique_ptr<Linter> linter = WithSchemes(dir, R"(entities:
  - id: japarov
    kind: person
    original: { ky: Садыр Жапаров }
    preferred: { en: Sadyr Japarov, de: Sadyr Dschaparow }
)");
  // Kyrgyz BGN writes Japarov; "Zhaparov" comes from ru-Latn-bgn, "Schaparow" from ru-Latn-de.
  const std::vector<Diagnostic> en = linter->Lint(Document("a.txt", "Sadyr Zhaparov spoke.", "en"));
  REQUIRE(en.size() == 1);
  CHECK(en[0].fix.at(0).replacement == "Sadyr Japarov");
  CHECK(NameFixes(*linter, "Sadyr Schaparow sprach.", "de") == Fixes{"Sadyr Dschaparow"});
}

TEST_CASE("Central Asian names get their own German and French press spellings", "[lint]") {
  testing::TempDir dir;
  const std::unique_ptr<Linter> linter = WithSchemes(dir, R"(entities:
  - id: tokayev
    kind: person
    original: { kk: Қасым-Жомарт Тоқаев }
    preferred: { en: Kassym-Jomart Tokayev, de: Qassym-Schomart Toqajew, fr: Kassym-Jomart Tokaïev }
  - id: japarov
    kind: person
    original: { ky: Садыр Жапаров }
    preferred: { en: Sadyr Japarov, de: Sadyr Schaparow }
)");
  // Kazakh letters (қ) keep the Russian schemes away; kk-Latn-de writes what the German press does.
  CHECK(NameFixes(*linter, "Kassym-Schomart Tokajew sprach.", "de") == Fixes{"Qassym-Schomart Toqajew"});
  // Kyrgyz Ж is dsch in German (ky-Latn-de), beside the Russian-based Schaparow.
  CHECK(NameFixes(*linter, "Sadyr Dschaparow sprach.", "de") == Fixes{"Sadyr Schaparow"});
  // kk-Latn-fr: the French house form itself is no finding, the BGN spelling in French text is.
  CHECK(NameFixes(*linter, "Kassym-Jomart Tokaïev a parlé.", "fr").empty());
  CHECK(NameFixes(*linter, "Qasym-Zhomart Toqaev a parlé.", "fr") == Fixes{"Kassym-Jomart Tokaïev"});
}

TEST_CASE("Russian text: case forms are the same entity, and fixes keep the case", "[lint]") {
  testing::TempDir dir;
  const std::unique_ptr<Linter> linter = WithSchemes(dir, R"(entities:
  - id: japarov
    kind: person
    original: { ru: Садыр Жапаров }
    preferred: { en: Sadyr Japarov }
    variants:
      - { spelling: Садыр Джапаров, tag: misspelling }
)");
  const auto names_only = [](std::vector<Diagnostic> found) { return Only("names/", found); };
  // One spelling in four cases: consistent, nothing to report.
  CHECK(names_only(linter->Lint(Document(
                       "a.txt", "Садыр Жапаров подписал указ. Жапарову доложили, с Жапаровым согласились, о Жапарове писали.",
                       "ru")))
            .empty());
  // The misspelling in the genitive is fixed in the genitive (the original is the house form in Russian).
  const std::vector<Diagnostic> found =
      names_only(linter->Lint(Document("a.txt", "Поздравили Садыра Джапарова. Джапарову доложили.", "ru")));
  // (Both mentions write the same misspelling, so names/inconsistent has nothing to add.)
  REQUIRE(found.size() == 2);
  CHECK(found[0].check == "names/non-preferred");
  CHECK(found[0].message == "\"Садыра Джапарова\" is a misspelling of Sadyr Japarov (person); write \"Садыра Жапарова\"");
  CHECK(found[0].fix.at(0).replacement == "Садыра Жапарова");
  CHECK(found[1].fix.at(0).replacement == "Жапарову");
  // Two spellings in two cases are two renderings.
  const std::vector<Diagnostic> mixed =
      names_only(linter->Lint(Document("a.txt", "Садыру Жапарову доложили. С Джапаровым согласились.", "ru")));
  REQUIRE(mixed.size() == 2);
  CHECK(mixed[0].check == "names/inconsistent");
  CHECK(mixed[0].message.find("\"Садыру Жапарову\" 1 time, \"Джапаровым\" 1 time") != std::string::npos);
  CHECK(mixed[1].fix.at(0).replacement == "Жапаровым");
}

TEST_CASE("A generated spelling that another entity lists is left to that entity", "[lint]") {
  testing::TempDir dir;
  const std::unique_ptr<Linter> linter = WithSchemes(dir, R"(entities:
  - id: furgal
    kind: person
    original: { ru: Сергей Фургал }
    preferred: { en: Sergei Furgal }
  - id: other
    kind: person
    preferred: { en: Sergey Furgal }
)");
  // "Sergey Furgal" names the other entity, written its house way: no finding.
  const std::vector<Diagnostic> found = linter->Lint(Document("a.txt", "Sergey Furgal spoke.", "en"));
  CHECK(found.empty());
}

TEST_CASE("A first_only pattern rule reports its first match in a document only", "[lint]") {
  const std::string rule = R"(patterns:
  - id: acronym/gknb
    message: '"{0}": write "State Committee for National Security" at first mention'
    pattern: '\bGKNB\b'
    first_only: FLAG
)";
  const auto with = [&](const std::string& flag) {
    std::string yaml = rule;
    yaml.replace(yaml.find("FLAG"), 4, flag);
    return Make(yaml);
  };
  Result<std::unique_ptr<Linter>> once = with("true");
  REQUIRE(once.ok());
  const Document doc("a.txt", "The GKNB said so.\n\nLater the GKNB denied it; the GKNB again.", "en");
  const std::vector<Diagnostic> found = (*once)->Lint(doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0].location.start.line == 1);
  Result<std::unique_ptr<Linter>> every = with("false");
  REQUIRE(every.ok());
  CHECK((*every)->Lint(doc).size() == 3);
  CHECK_FALSE(with("sometimes").ok());
}

TEST_CASE("A pattern rule with a source pattern fires only where the aligned source has it", "[lint]") {
  const std::string rule = R"(patterns:
  - id: calque/within-the-framework
    message: '"{0}" (в рамках): "as part of"'
    phrases: [within the framework of]
    source: 'в рамках'
    examples:
      - { flag: 'Talks within the framework of the summit.', source: 'Переговоры в рамках саммита.' }
      - { ok: 'Talks within the framework of the summit.', source: 'Переговоры на саммите.' }
)";
  Result<std::unique_ptr<Linter>> linter = Make(rule);
  INFO((linter.ok() ? std::string() : linter.status().message()));
  REQUIRE(linter.ok());
  const std::string po =
      "msgid \"Переговоры В РАМКАХ саммита.\"\n"
      "msgstr \"Talks within the framework of the summit.\"\n\n"
      "msgid \"Переговоры на саммите.\"\n"
      "msgstr \"Talks within the framework of the summit.\"\n";
  std::vector<Diagnostic> problems;
  const DocumentBatch batch = (*linter)->Read("a.po", po, &problems);
  REQUIRE(batch.documents.size() == 1);
  std::vector<Diagnostic> found = (*linter)->Lint(*batch.documents[0]);
  std::erase_if(found, [](const Diagnostic& d) { return d.check != "calque/within-the-framework"; });
  REQUIRE(found.size() == 1);  // the second source has no trigger
  CHECK(found[0].location.start.line == 2);
  REQUIRE(found[0].notes.size() == 1);
  CHECK(found[0].notes[0].message == "the source's \"В РАМКАХ\"");
  CHECK(found[0].notes[0].location.start.line == 1);
  CHECK(found[0].notes[0].location.start.column == 19);
  // A monolingual text has no source: the rule never fires there.
  const Document plain("a.txt", "Talks within the framework of the summit.", "en");
  const std::vector<Diagnostic> monolingual = (*linter)->Lint(plain);
  CHECK(std::none_of(monolingual.begin(), monolingual.end(),
                     [](const Diagnostic& d) { return d.check == "calque/within-the-framework"; }));
  // Each example of such a rule must give its source, and the pattern must compile.
  std::string no_source = rule;
  no_source.replace(no_source.find(", source: 'Переговоры на саммите.'"), std::string(", source: 'Переговоры на саммите.'").size(), "");
  Result<std::unique_ptr<Linter>> bad = Make(no_source);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("each example needs its \"source\"") != std::string::npos);
  std::string broken = rule;
  broken.replace(broken.find("source: 'в рамках'"), std::string("source: 'в рамках'").size(), "source: 'в (рамках'");
  Result<std::unique_ptr<Linter>> uncompiled = Make(broken);
  REQUIRE_FALSE(uncompiled.ok());
  CHECK(uncompiled.status().message().find("source of \"calque/within-the-framework\" does not compile") != std::string::npos);
}

TEST_CASE("A mostly Cyrillic word with a Latin look-alike is romanized in English or German text", "[lint]") {
  testing::TempDir dir;
  const std::unique_ptr<Linter> linter = WithSchemes(dir, kFurgal);
  const auto fixes = [&](const std::string& text, const std::string& language) {
    Fixes out;
    for (const Diagnostic& d : Only("script/", linter->Lint(Document("a.txt", text, language)))) {
      out.push_back(d.check + " " + (d.fix.empty() ? "(no fix)" : d.fix[0].replacement));
    }
    return out;
  };
  // "Kанагат" starts with a Latin K: in English it is a name to romanize, not to make all-Cyrillic.
  CHECK(fixes("The singer Kанагат Бекович sang.", "en") ==
        Fixes{"script/mixed-script-word Kanagat", "script/untranslated (no fix)"});
  CHECK(fixes("Der Sänger Kанагат Жуков sang.", "de") == Fixes{"script/mixed-script-word Kanagat", "script/untranslated (no fix)"});
  // In Russian text the Latin letter is the slip: it becomes its Cyrillic twin.
  CHECK(fixes("Чемпион Kанагат", "ru") == Fixes{"script/mixed-script-word \u041A"});
}

TEST_CASE("A surname after a given name and a patronymic belongs to that person", "[lint]") {
  Result<std::unique_ptr<Linter>> linter = Make(R"(entities:
  - id: sadyr-japarov
    kind: person
    preferred: { en: Sadyr Japarov }
    variants: [Sadyr Zhaparov]
    distinct_from: [akylbek-japarov]
  - id: akylbek-japarov
    kind: person
    preferred: { en: Akylbek Japarov }
    variants: [Akylbek Zhaparov]
    distinct_from: [sadyr-japarov]
)");
  REQUIRE(linter.ok());
  // The full formal form: the patronymic does not make "Zhaparov" Akylbek's.
  const std::vector<Diagnostic> found = Only(
      "names/", (*linter)->Lint(Document("a.txt", "Sadyr Nurgojoevich Zhaparov spoke. Akylbek Japarov met him.", "en")));
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "\"Zhaparov\" is a variant of Sadyr Japarov (person); write \"Japarov\"");
  CHECK(found[0].location.start.column == 20);
}

TEST_CASE("Findings inside a line of site furniture are dropped: the line is deleted whole", "[lint]") {
  Result<std::unique_ptr<Linter>> linter = Linter::Create(Config{}, {testing::ShippedRules()});
  REQUIRE(linter.ok());
  const Document doc("a.txt", "The parliament met in Bishkek.\nЧитайте также: Жапаров подписал закон\n", "en");
  std::vector<std::string> checks;
  for (const Diagnostic& d : (*linter)->Lint(doc)) checks.push_back(d.check);
  CHECK(checks == std::vector<std::string>{"boilerplate/read-more-cyrillic"});  // no script/untranslated
  const Document prose("b.txt", "The parliament met in Bishkek. Жапаров подписал закон.\n", "en");
  checks.clear();
  for (const Diagnostic& d : (*linter)->Lint(prose)) checks.push_back(d.check);
  CHECK(checks == std::vector<std::string>{"script/untranslated"});
}

TEST_CASE("An acronym's original is kept but spelled by no scheme", "[lint]") {
  testing::TempDir dir;
  const std::unique_ptr<Linter> linter = WithSchemes(dir, R"(entities:
  - id: uza
    kind: media
    original: { ru: УзА }
    preferred: { en: UzA }
  - id: tass
    kind: media
    original: { ru: ТАСС агентство }
    preferred: { en: TASS agency }
)");
  // A scheme would spell УзА "USA" (and a word's original is spelled as before).
  CHECK(linter->Lint(Document("a.txt", "The USA said so, UzA reported.", "en")).empty());
  const std::vector<Diagnostic> found = linter->Lint(Document("b.txt", "TASS agentstvo reported.", "en"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].check == "names/non-preferred");
}
