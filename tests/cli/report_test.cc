// translint report: the archive index as JSON and as one HTML page. The
// figures below are counted by hand from WriteArchive's pattern.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cli/archive_fixture.h"
#include "test_util.h"

using namespace translint::testing;

namespace {

nlohmann::json Find(const nlohmann::json& list, const std::string& key, const std::string& value) {
  for (const nlohmann::json& item : list) {
    if (item.value(key, "") == value) return item;
  }
  FAIL("no " << key << " " << value);
  return {};
}

}  // namespace

TEST_CASE("report --format json counts documents, spellings by outlet and month, clusters", "[cli][report]") {
  TempDir dir;
  WriteArchive(dir, 60, 4);
  REQUIRE(RunTranslint({"index", "news", "--db", "a.sqlite"}, dir.path()).exit_code == 0);
  const RunResult r = RunTranslint({"report", "--db", "a.sqlite", "--format", "json"}, dir.path());
  REQUIRE(r.exit_code == 0);
  const nlohmann::json report = nlohmann::json::parse(r.out);
  CHECK(report["documents"] == 60);
  CHECK(report["files"] == 60);
  CHECK(report["complete"] == true);
  // 11 + 3 + 2 words a document.
  CHECK(report["words"] == 960);
  CHECK(report["first_date"] == "2021-03-01");
  CHECK(report["last_date"] == "2021-06-28");
  CHECK(report["periods"] == nlohmann::json({"2021-03", "2021-04", "2021-05", "2021-06"}));
  CHECK(Find(report["outlets"], "outlet", "Kloop")["documents"] == 30);
  CHECK(Find(report["checks"], "check", "numbers/russian-magnitude")["findings"] == 60);
  CHECK(report["artifacts"]["outlets"]["Kloop"]["numbers/russian-magnitude"] == 30);

  // Japarov (house) in every third document (i = 0, 3, ...), Zhaparov in the others.
  const nlohmann::json japarov = Find(report["entities"], "id", "sadyr-japarov");
  CHECK(japarov["house_form"] == "Sadyr Japarov");
  CHECK(japarov["mentions"] == 60);
  CHECK(japarov["deviating_documents"] == 40);
  const nlohmann::json house = japarov["spellings"][0];
  CHECK(house["spelling"] == "Sadyr Japarov");
  CHECK(house["house"] == true);
  CHECK(house["mentions"] == 20);
  CHECK(house["by_outlet"]["Kloop"] == 10);  // i = 3, 9, ..., 57
  CHECK(house["by_period"]["2021-04"] == 5);  // i = 9, 21, 33, 45, 57
  const nlohmann::json other = japarov["spellings"][1];
  CHECK(other["spelling"] == "Sadyr Zhaparov");
  CHECK(other["house"] == false);
  CHECK(other["mentions"] == 40);
  // The first deviations by date: 2021-03-01 is i = 0, 28, 56 (i % 4 == 0); 1000 writes Japarov.
  CHECK(japarov["deviations"][0] ==
        nlohmann::json({{"path", "news/1028.md"}, {"line", 6}, {"column", 11}, {"spelling", "Sadyr Zhaparov"},
                        {"outlet", "24.kg"}, {"date", "2021-03-01"}}));
  CHECK(japarov["deviations"][1]["path"] == "news/1056.md");

  // Bekbolatov in i % 5 == 0: 12 of 60.
  REQUIRE(report["clusters"].size() == 1);
  const nlohmann::json cluster = report["clusters"][0];
  CHECK(cluster["documents"] == 60);
  CHECK(cluster["spellings"] ==
        nlohmann::json::parse(R"([{"spelling":"Timur Bekbolotov","mentions":48},{"spelling":"Timur Bekbolatov","mentions":12}])"));
  CHECK(cluster["stub"].get<std::string>().rfind("entities:\n  - id: timur-bekbolotov\n", 0) == 0);
}

TEST_CASE("report writes one self-contained HTML file, atomically", "[cli][report]") {
  TempDir dir;
  WriteArchive(dir, 12, 2);
  REQUIRE(RunTranslint({"index", "news", "--db", "a.sqlite"}, dir.path()).exit_code == 0);
  const RunResult r = RunTranslint({"report", "--db", "a.sqlite", "-o", "out/report.html"}, dir.path());
  CHECK(r.exit_code == 2);  // no folder out/
  CHECK(r.err.find("out/report.html") != std::string::npos);
  const RunResult ok = RunTranslint({"report", "--db", "a.sqlite", "-o", "report.html"}, dir.path());
  REQUIRE(ok.exit_code == 0);
  CHECK(ok.err.find("wrote report.html (12 documents") != std::string::npos);
  const std::string html = ReadAll(dir.path() + "/report.html");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("</html>") != std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("timur-bekbolotov") != std::string::npos);
  // A deviating document, path:line:column, linked from the report's folder.
  CHECK(html.find("<a href=\"news/1001.md\"><code>news/1001.md:6:11</code></a>") != std::string::npos);
  dir.Write("out/.keep", "");
  REQUIRE(RunTranslint({"report", "--db", "a.sqlite", "-o", "out/report.html"}, dir.path()).exit_code == 0);
  CHECK(ReadAll(dir.path() + "/out/report.html").find("<a href=\"../news/1001.md\">") != std::string::npos);
  REQUIRE(RunTranslint({"report", "--db", "a.sqlite", "-o", dir.path() + "/news/r.html"}, dir.path()).exit_code == 0);
  CHECK(ReadAll(dir.path() + "/news/r.html").find("<a href=\"1001.md\">") != std::string::npos);

  const RunResult missing = RunTranslint({"report", "--db", "none.sqlite"}, dir.path());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("none.sqlite: cannot open the index") != std::string::npos);
}

TEST_CASE("Findings of a JSON Lines archive count for the outlet of their own line", "[cli][report]") {
  TempDir dir;
  dir.Write("news.jsonl",
            "{\"outlet\": \"Kloop\", \"text\": \"10 thousand 406 people came to Kiev.\"}\n"
            "{\"outlet\": \"24.kg\", \"text\": \"Nothing to see here.\"}\n"
            "{\"outlet\": \"24.kg\", \"text\": \"5 thousand 12 people came.\"}\n");
  REQUIRE(RunTranslint({"index", "news.jsonl", "--db", "a.sqlite"}, dir.path()).exit_code == 0);
  const RunResult r = RunTranslint({"report", "--db", "a.sqlite", "--format", "json"}, dir.path());
  REQUIRE(r.exit_code == 0);
  const nlohmann::json report = nlohmann::json::parse(r.out);
  CHECK(report["documents"] == 3);
  CHECK(report["artifacts"]["outlets"]["Kloop"]["numbers/russian-magnitude"] == 1);
  CHECK(report["artifacts"]["outlets"]["24.kg"]["numbers/russian-magnitude"] == 1);
  CHECK(Find(report["findings_by_outlet"], "outlet", "Kloop")["findings"] == 2);  // and Kiev
  CHECK(Find(report["findings_by_outlet"], "outlet", "24.kg")["findings"] == 1);
}
