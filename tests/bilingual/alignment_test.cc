#include "bilingual/alignment.h"

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace translint;

namespace {

std::string TargetOf(const Document& doc, const TranslationUnit& unit) {
  return std::string(doc.text().substr(unit.target.begin, unit.target.size()));
}

}  // namespace

TEST_CASE("Paragraphs are the runs of text between blank lines, front matter left out", "[bilingual]") {
  const Document doc("a.md", "---\ntitle: T\n---\n\nOne\nline two.\n\n \nThree.\n", "en", DocumentFormat::kMarkdown);
  const std::vector<Span> p = Paragraphs(doc);
  REQUIRE(p.size() == 2);
  CHECK(doc.text().substr(p[0].begin, p[0].size()) == "One\nline two.");
  CHECK(doc.text().substr(p[1].begin, p[1].size()) == "Three.");
}

TEST_CASE("Paired paragraphs: one to one, and a merged or lost paragraph by their lengths", "[bilingual]") {
  auto source = std::make_shared<Document>(
      "a.ru.md", "Погибли 10 406 человек.\n\nСадыр Жапаров встретился с делегацией в Бишкеке во вторник.\n\n"
                 "Встреча длилась два часа. Стороны обсудили торговлю.\n\nКонец.\n", "ru", DocumentFormat::kMarkdown);
  Document same("a.en.md", "10,406 people died.\n\nSadyr Japarov met the delegation in Bishkek on Tuesday.\n\n"
                           "The meeting lasted two hours. They discussed trade.\n\nThe end.\n", "en",
                DocumentFormat::kMarkdown);
  AttachSource(&same, source);
  REQUIRE(same.units().size() == 4);
  CHECK(same.units()[1].source == "Садыр Жапаров встретился с делегацией в Бишкеке во вторник.");
  CHECK(TargetOf(same, same.units()[1]) == "Sadyr Japarov met the delegation in Bishkek on Tuesday.");
  CHECK(same.source_language() == "ru");
  CHECK(same.units()[1].source_document == source);
  // The second and third source paragraphs are one in the translation.
  Document merged("b.en.md", "10,406 people died.\n\nSadyr Japarov met the delegation in Bishkek on Tuesday. The meeting "
                             "lasted two hours. They discussed trade.\n\nThe end.\n", "en", DocumentFormat::kMarkdown);
  AttachSource(&merged, source);
  REQUIRE(merged.units().size() == 3);
  CHECK(merged.units()[1].source.find("Садыр") == 0);
  CHECK(merged.units()[1].source.find("торговлю.") != std::string::npos);
  CHECK(merged.units()[2].source == "Конец.");
  CHECK(merged.alignment_problem().empty());
}

TEST_CASE("Paragraph counts too far apart are not aligned", "[bilingual]") {
  auto source = std::make_shared<Document>("a.ru.md", "Один.\n\nДва.\n\nТри.\n\nЧетыре.\n\nПять.\n", "ru");
  Document target("a.en.md", "One.\n\nTwo.\n", "en");
  AttachSource(&target, source);
  CHECK(target.units().empty());
  CHECK(target.alignment_problem().find("2 paragraphs and its source 5") != std::string::npos);
}

TEST_CASE("check pairs a.en.md with a.ru.md beside it, or with --source DIR, and checks only the translation", "[cli]") {
  testing::TempDir dir;
  const std::string ru = "Погибли 10 406 человек.\n\nСадыр Жапаров выступил.\n";
  const std::string en = "10,506 people died.\n\nSadyr Japarov spoke.\n";
  dir.Write("news/a.ru.md", ru);
  dir.Write("news/a.en.md", en);
  const testing::RunResult beside = testing::RunTranslint({"check", "news"}, dir.path());
  CHECK(beside.exit_code == 1);
  CHECK(beside.out.find("news/a.en.md:1:1: warning: \"10,506\" where the source says \"10 406\"") != std::string::npos);
  CHECK(beside.out.find("news/a.ru.md:1:9: note: the source's \"10 406\"") != std::string::npos);
  CHECK(beside.out.find("news/a.ru.md:1:1: warning") == std::string::npos);  // the source is no input
  CHECK(beside.out.find("1 file checked") != std::string::npos);
  dir.Write("en/x/b.md", en);
  dir.Write("ru/x/b.md", ru);
  const testing::RunResult tree = testing::RunTranslint({"check", "en", "--source", "ru"}, dir.path());
  CHECK(tree.out.find("en/x/b.md:1:1: warning: \"10,506\" where the source says") != std::string::npos);
  CHECK(tree.out.find("ru/x/b.md:1:9: note") != std::string::npos);
}
