// The CI output formats, end to end, against output checked by hand.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <regex>

#include "test_util.h"

using namespace translint::testing;
using json = nlohmann::ordered_json;

TEST_CASE("The github format writes one escaped workflow command a finding", "[cli][formats]") {
  TempDir dir;
  // "President " is 10 characters: the name is columns 11-24; "came to " ends at 33: Kiev is 34-37.
  dir.Write("news/100%:a,b.md", "President Sadyr Zhaparov came to Kiev.\nRead also\n");
  const RunResult r = RunTranslint({"check", "news", "--format", "github"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "::warning file=news/100%25%3Aa%2Cb.md,line=1,col=11,endLine=1,endColumn=24,title=names/non-preferred::"
        "\"Sadyr Zhaparov\" is a transliteration of Sadyr Japarov (person); write \"Sadyr Japarov\" (house style: "
        "AP, Reuters; the president's office in English)%0Afix: \"Sadyr Japarov\"\n"
        "::warning file=news/100%25%3Aa%2Cb.md,line=1,col=34,endLine=1,endColumn=37,title=names/non-preferred::"
        "\"Kiev\" is a historical spelling of Kyiv (place); write \"Kyiv\" (house style: AP and Reuters since "
        "2019; the Ukrainian government's KyivNotKiev campaign)%0Afix: \"Kyiv\"\n"
        // The deleted line with its line break: line 2 only, no columns (the span ends on line 3, column 1).
        "::warning file=news/100%25%3Aa%2Cb.md,line=2,endLine=2,title=boilerplate/read-more::scraped navigation "
        "\"Read also\" is not part of the article: delete the line\n");
  // Same findings, same order as the JSON output.
  const RunResult json = RunTranslint({"check", "news", "--format", "json"}, dir.path());
  CHECK(json.out.find("\"line\":1,\"column\":11") < json.out.find("\"line\":1,\"column\":34"));
  CHECK(json.out.find("\"line\":1,\"column\":34") < json.out.find("\"line\":2,\"column\":1"));
}

TEST_CASE("The checkstyle format writes one file element per path, escaped", "[cli][formats]") {
  TempDir dir;
  dir.Write("news/a&b.md", "President Sadyr Zhaparov came to Kiev.\n");
  dir.Write("news/c.md", "Fine \"text\" here.\n10 thousand 406 < 20 thousand.\n");
  dir.Write("news/d.md", "Nothing.\n");
  const RunResult r = RunTranslint({"check", "news", "--format", "checkstyle"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        "  <file name=\"news/a&amp;b.md\">\n"
        "    <error line=\"1\" column=\"11\" severity=\"warning\" message=\"&quot;Sadyr Zhaparov&quot; is a "
        "transliteration of Sadyr Japarov (person); write &quot;Sadyr Japarov&quot; (house style: AP, Reuters; the "
        "president&apos;s office in English)\" source=\"names/non-preferred\"/>\n"
        "    <error line=\"1\" column=\"34\" severity=\"warning\" message=\"&quot;Kiev&quot; is a historical spelling "
        "of Kyiv (place); write &quot;Kyiv&quot; (house style: AP and Reuters since 2019; the Ukrainian "
        "government&apos;s KyivNotKiev campaign)\" source=\"names/non-preferred\"/>\n"
        "  </file>\n"
        "  <file name=\"news/c.md\">\n"
        "    <error line=\"2\" column=\"1\" severity=\"warning\" message=\"&quot;10 thousand 406&quot; is a Russian "
        "way of writing a number: write 10,406\" source=\"numbers/russian-magnitude\"/>\n"
        "  </file>\n"
        "</checkstyle>\n");
  // No finding: still a whole document.
  const RunResult clean = RunTranslint({"check", "news/d.md", "--format", "checkstyle"}, dir.path());
  CHECK(clean.exit_code == 0);
  CHECK(clean.out == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n");
}

namespace {

// Fingerprints are hashes (their properties are tested in tests/diag/fingerprint_test.cc): "FP:N" here.
std::string WithoutHashes(const std::string& text) {
  return std::regex_replace(text, std::regex("\"[0-9a-f]{16}:([0-9]+)\""), "\"FP:$1\"");
}

constexpr char kZhaparov[] =
    "\"Sadyr Zhaparov\" is a transliteration of Sadyr Japarov (person); write \"Sadyr Japarov\" (house style: AP, "
    "Reuters; the president's office in English)";

}  // namespace

TEST_CASE("The sarif format: results with regions, fixes and fingerprints, rules from the checks", "[cli][formats]") {
  TempDir dir;
  dir.Write("news/a b.md", "President Sadyr Zhaparov came to Kiev.\nRead also\n");
  const RunResult r = RunTranslint({"check", "news", "--format", "sarif"}, dir.path());
  CHECK(r.exit_code == 1);
  const json log = json::parse(WithoutHashes(r.out));
  CHECK(log["version"] == "2.1.0");
  const json& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"].get<std::string>().rfind("file:///", 0) == 0);
  const json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "translint");
  CHECK(driver["informationUri"].get<std::string>().find("README") != std::string::npos);
  const json& results = run["results"];
  REQUIRE(results.size() == 3);
  const json artifact = {{"uri", "news/a%20b.md"}, {"uriBaseId", "%SRCROOT%"}};
  const std::string line1 = "President Sadyr Zhaparov came to Kiev.";
  // "President " is 10 bytes and characters: the name is columns 11-24 (end 25, exclusive), bytes 10-23.
  const json zhaparov = {
      {"ruleId", "names/non-preferred"},
      {"ruleIndex", results[0]["ruleIndex"]},
      {"level", "warning"},
      {"message", {{"text", kZhaparov}}},
      {"locations",
       {{{"physicalLocation",
          {{"artifactLocation", artifact},
           {"region", {{"startLine", 1}, {"startColumn", 11}, {"endLine", 1}, {"endColumn", 25},
                       {"snippet", {{"text", line1}}}}}}}}}},
      {"partialFingerprints", {{"translint/v1", "FP:1"}}},
      {"fixes",
       {{{"description", {{"text", "Write \"Sadyr Japarov\""}}},
         {"artifactChanges",
          {{{"artifactLocation", artifact},
            {"replacements",
             {{{"deletedRegion", {{"byteOffset", 10}, {"byteLength", 14}}},
               {"insertedContent", {{"text", "Sadyr Japarov"}}}}}}}}}}}}};
  CHECK(results[0] == zhaparov);
  // "Kiev" starts after 33 bytes; "Read also\n" is bytes 39-48, its span ends at line 3, column 1.
  CHECK(results[1]["locations"][0]["physicalLocation"]["region"] ==
        json({{"startLine", 1}, {"startColumn", 34}, {"endLine", 1}, {"endColumn", 38}, {"snippet", {{"text", line1}}}}));
  CHECK(results[2]["ruleId"] == "boilerplate/read-more");
  CHECK(results[2]["locations"][0]["physicalLocation"]["region"] ==
        json({{"startLine", 2}, {"startColumn", 1}, {"endLine", 3}, {"endColumn", 1}, {"snippet", {{"text", "Read also"}}}}));
  CHECK(results[2]["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"] ==
        json({{"byteOffset", 39}, {"byteLength", 10}}));
  // Every ruleIndex names the rule of its ruleId; the built-in rules carry their description and level.
  for (const json& result : results) {
    CHECK(driver["rules"][result["ruleIndex"].get<size_t>()]["id"] == result["ruleId"]);
  }
  const json& rule = driver["rules"][results[0]["ruleIndex"].get<size_t>()];
  CHECK(rule["name"] == "NamesNonPreferred");
  CHECK(rule["defaultConfiguration"]["level"] == "warning");
  CHECK(rule["shortDescription"]["text"].get<std::string>().size() > 10);
  CHECK(rule["fullDescription"]["text"].get<std::string>().find("Before:") != std::string::npos);
  CHECK(rule["properties"]["tags"] == json::array({"names", "built-in"}));
}

TEST_CASE("The rdjson format counts columns in UTF-8 bytes, the end exclusive", "[cli][formats]") {
  TempDir dir;
  // "Мы в " is 5 characters and 8 bytes: Kiev is bytes 9-12 of the line (end 13).
  dir.Write("a.md", "Мы в Kiev.\n");
  const RunResult r = RunTranslint({"check", "a.md", "--format", "rdjson"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "{\"source\":{\"name\":\"translint\"},\"diagnostics\":[\n"
        // "Мы в" is 7 bytes: columns 1 to 8 (exclusive).
        "{\"message\":\"untranslated Cyrillic \\\"Мы в\\\": translate it, or give it in parentheses after its "
        "translation\",\"location\":{\"path\":\"a.md\",\"range\":{\"start\":{\"line\":1,\"column\":1},\"end\":"
        "{\"line\":1,\"column\":8}}},\"severity\":\"WARNING\",\"source\":{\"name\":\"translint\"},\"code\":"
        "{\"value\":\"script/untranslated\"}},\n"
        "{\"message\":\"\\\"Kiev\\\" is a historical spelling of Kyiv (place); write \\\"Kyiv\\\" (house style: AP and "
        "Reuters since 2019; the Ukrainian government's KyivNotKiev campaign)\",\"location\":{\"path\":\"a.md\","
        "\"range\":{\"start\":{\"line\":1,\"column\":9},\"end\":{\"line\":1,\"column\":13}}},\"severity\":\"WARNING\","
        "\"source\":{\"name\":\"translint\"},\"code\":{\"value\":\"names/non-preferred\"},\"suggestions\":[{\"range\":"
        "{\"start\":{\"line\":1,\"column\":9},\"end\":{\"line\":1,\"column\":13}},\"text\":\"Kyiv\"}]}\n"
        "]}\n");
  const RunResult clean = RunTranslint({"check", "-", "--format", "rdjson"}, dir.path(), "Nothing.\n");
  CHECK(clean.exit_code == 0);
  CHECK(clean.out == "{\"source\":{\"name\":\"translint\"},\"diagnostics\":[]}\n");
}

TEST_CASE("The codeclimate format is GitLab Code Quality JSON", "[cli][formats]") {
  TempDir dir;
  dir.Write("a.md", "Kiev, then Kiev.\n");
  const RunResult r = RunTranslint({"check", "a.md", "--format", "codeclimate"}, dir.path());
  CHECK(r.exit_code == 1);
  const std::string kiev =
      "\"description\":\"\\\"Kiev\\\" is a historical spelling of Kyiv (place); write \\\"Kyiv\\\" (house style: AP "
      "and Reuters since 2019; the Ukrainian government's KyivNotKiev campaign)\",\"categories\":[\"Style\"],"
      "\"severity\":\"minor\",";
  CHECK(WithoutHashes(r.out) ==
        "[\n"
        "{\"type\":\"issue\",\"check_name\":\"names/non-preferred\"," + kiev + "\"fingerprint\":\"FP:1\","
        "\"location\":{\"path\":\"a.md\",\"positions\":{\"begin\":{\"line\":1,\"column\":1},\"end\":{\"line\":1,"
        "\"column\":5}}}},\n"
        "{\"type\":\"issue\",\"check_name\":\"names/non-preferred\"," + kiev + "\"fingerprint\":\"FP:1\","
        "\"location\":{\"path\":\"a.md\",\"positions\":{\"begin\":{\"line\":1,\"column\":12},\"end\":{\"line\":1,"
        "\"column\":16}}}}\n"
        "]\n");
  // The two Kievs have different contexts ("then" before the second): different fingerprints.
  const json issues = json::parse(r.out);
  CHECK(issues[0]["fingerprint"] != issues[1]["fingerprint"]);
}

TEST_CASE("The junit format has one test case per file, failing on warnings", "[cli][formats]") {
  TempDir dir;
  dir.Write("news/a.md", "President Sadyr Zhaparov came to Kiev.\n");
  dir.Write("news/b.md", "Nothing.\n");
  dir.Write("news/c&d.md", "Fine text.\n10 thousand 406 < 20 thousand.\n");
  const RunResult r = RunTranslint({"check", "news", "--format", "junit"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"translint\">\n"
        "  <testsuite name=\"translint\" tests=\"3\">\n"
        "    <testcase classname=\"translint\" name=\"news/a.md\" file=\"news/a.md\">\n"
        "      <failure type=\"translint\" message=\"2 findings\">1:11: warning: &quot;Sadyr Zhaparov&quot; is a "
        "transliteration of Sadyr Japarov (person); write &quot;Sadyr Japarov&quot; (house style: AP, Reuters; the "
        "president&apos;s office in English) [names/non-preferred]&#10;1:34: warning: &quot;Kiev&quot; is a "
        "historical spelling of Kyiv (place); write &quot;Kyiv&quot; (house style: AP and Reuters since 2019; the "
        "Ukrainian government&apos;s KyivNotKiev campaign) [names/non-preferred]&#10;</failure>\n"
        "    </testcase>\n"
        "    <testcase classname=\"translint\" name=\"news/b.md\" file=\"news/b.md\"/>\n"
        "    <testcase classname=\"translint\" name=\"news/c&amp;d.md\" file=\"news/c&amp;d.md\">\n"
        "      <failure type=\"translint\" message=\"1 finding\">2:1: warning: &quot;10 thousand 406&quot; is a "
        "Russian way of writing a number: write 10,406 [numbers/russian-magnitude]&#10;</failure>\n"
        "    </testcase>\n"
        "  </testsuite>\n</testsuites>\n");
}
