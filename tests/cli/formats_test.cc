// The CI output formats, end to end, against output checked by hand.
#include <catch2/catch.hpp>

#include "test_util.h"

using namespace translint::testing;

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
