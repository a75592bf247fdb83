// End-to-end tests of the built binary: exit codes, output formats, stdin,
// config discovery, and `fix` (atomic, idempotent, line endings, BOM, dry run).
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_util.h"

using translint::testing::ReadAll;
using translint::testing::RunResult;
using translint::testing::RunTranslint;
using translint::testing::ShellQuote;
using translint::testing::TempDir;

namespace {

const char* kRules = R"(entities:
  - id: kyiv
    kind: place
    preferred: { en: Kyiv }
    variants: [{ spelling: Kiev, tag: historical }]
)";

}  // namespace

TEST_CASE("check: exit codes 0, 1 and 2", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  dir.Write("clean.md", "Kyiv only.\n");
  dir.Write("dirty.md", "In Kiev.\n");
  CHECK(RunTranslint({"check", "--rules", "rules.yaml", "clean.md"}, dir.path()).exit_code == 0);
  const RunResult dirty = RunTranslint({"check", "--rules", "rules.yaml", "dirty.md"}, dir.path());
  CHECK(dirty.exit_code == 1);
  CHECK(dirty.out ==
        "dirty.md:1:4: warning: \"Kiev\" is a historical spelling of Kyiv (place); write \"Kyiv\" [names/non-preferred]\n"
        "  In Kiev.\n"
        "     ^~~~\n"
        "  fix: \"Kyiv\"\n"
        "translint: 1 file checked, 1 warning\n");
  CHECK(RunTranslint({"check", "--rules", "rules.yaml", "--fail-on", "error", "dirty.md"}, dir.path()).exit_code == 0);
  const RunResult missing = RunTranslint({"check", "--rules", "rules.yaml", "nope.md"}, dir.path());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "translint: error: nope.md: no such file or directory\n");
  const RunResult usage = RunTranslint({"check", "--format", "xml"}, dir.path());
  CHECK(usage.exit_code == 2);
}

TEST_CASE("check: a broken rule table is exit 2 and names the file", "[cli]") {
  TempDir dir;
  dir.Write("bad.yaml", "entities:\n  - id: x\n    kind: place\n    preferred: { en: X }\n    varients: [Y]\n");
  dir.Write("a.md", "x\n");
  const RunResult r = RunTranslint({"check", "--rules", "bad.yaml", "a.md"}, dir.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err == "translint: error: bad.yaml:5:5: unknown key \"varients\" in entity (did you mean \"variants\"?)\n");
}

TEST_CASE("check: folders, stdin, JSON, sorted output", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  dir.Write("docs/b.md", "Kiev\n");
  dir.Write("docs/a.txt", "Kiev and Kiev\n");
  dir.Write("docs/skip.xml", "Kiev\n");
  const RunResult r = RunTranslint({"check", "--rules", "rules.yaml", "--format", "json", "docs", "-",
                                    "--stdin-filename", "docs/0.md"},
                                   dir.path(), "Kiev from here\n");
  CHECK(r.exit_code == 1);
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  std::vector<std::string> where;
  for (const auto& d : doc["diagnostics"]) {
    where.push_back(d["path"].get<std::string>() + ":" + std::to_string(d["offset"].get<int>()));
  }
  CHECK(where == std::vector<std::string>{"docs/0.md:0", "docs/a.txt:0", "docs/a.txt:9", "docs/b.md:0"});
  CHECK(doc["summary"]["files"] == 3);
}

TEST_CASE("check: .translint.yaml is discovered and --print-config shows it", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  dir.Write("proj/.translint.yaml", "rules: [../rules.yaml]\ndefault_rules: false\npreferred:\n  kyiv: { en: Kiev }\n");
  dir.Write("proj/a.md", "Kiev and Kyiv\n");
  const RunResult r = RunTranslint({"check", "--format", "json", "proj"}, dir.path());
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["diagnostics"].size() == 2);
  CHECK(doc["diagnostics"][1]["text"] == "Kyiv");
  CHECK(doc["diagnostics"][1]["fix"]["replacements"][0]["text"] == "Kiev");
  const RunResult config = RunTranslint({"check", "--print-config", "proj"}, dir.path());
  CHECK(config.exit_code == 0);
  CHECK(config.out.find("default_rules: false") != std::string::npos);
  CHECK(config.out.find("kyiv: {en: Kiev}") != std::string::npos);
  dir.Write("proj/.translint.yaml", "languag: en\n");
  const RunResult bad = RunTranslint({"check", "proj"}, dir.path());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find(".translint.yaml:1:1: unknown key \"languag\" in configuration (did you mean \"language\"?)") !=
        std::string::npos);
}

TEST_CASE("fix: rewrites in place, keeps CRLF, BOM and mode, and is idempotent", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  const std::string path = dir.Write("a.txt", "\xEF\xBB\xBFKiev\r\nKiev's mayor\r\n");
  ::chmod(path.c_str(), 0600);
  const RunResult first = RunTranslint({"fix", "--rules", "rules.yaml", "a.txt"}, dir.path());
  CHECK(first.exit_code == 0);
  CHECK(first.err == "translint: fixed 2 findings in 1 file\n");
  CHECK(ReadAll(path) == "\xEF\xBB\xBFKyiv\r\nKyiv's mayor\r\n");
  struct stat st;
  ::stat(path.c_str(), &st);
  CHECK((st.st_mode & 0777) == 0600);
  const RunResult second = RunTranslint({"fix", "--rules", "rules.yaml", "a.txt"}, dir.path());
  CHECK(second.err == "translint: fixed 0 findings in 0 files\n");
  CHECK(ReadAll(path) == "\xEF\xBB\xBFKyiv\r\nKyiv's mayor\r\n");
}

TEST_CASE("fix --dry-run prints a diff and changes nothing, fix - prints the text", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  const std::string path = dir.Write("a.md", "Kiev\n");
  const RunResult dry = RunTranslint({"fix", "--dry-run", "--rules", "rules.yaml", "a.md"}, dir.path());
  CHECK(dry.out == "--- a/a.md\n+++ b/a.md\n@@ -1,1 +1,1 @@\n-Kiev\n+Kyiv\n");
  CHECK(ReadAll(path) == "Kiev\n");
  const RunResult piped = RunTranslint({"fix", "--rules", "rules.yaml", "-"}, dir.path(), "From Kiev\n");
  CHECK(piped.out == "From Kyiv\n");
}

TEST_CASE("fix never rewrites invalid UTF-8 or binary files", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  const std::string bad = std::string("Kiev \xC0\xC1 Kiev\n");
  const std::string path = dir.Write("a.txt", bad);
  const RunResult r = RunTranslint({"fix", "--rules", "rules.yaml", "a.txt"}, dir.path());
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("a.txt:1:6: error: invalid UTF-8 (byte 0xC0)") == 0);
  CHECK(ReadAll(path) == bad);
}

TEST_CASE("checks lists every check", "[cli]") {
  TempDir dir;
  const RunResult r = RunTranslint({"checks"}, dir.path());
  CHECK(r.exit_code == 0);
  for (const char* id : {"input/binary-file", "input/invalid-utf8", "names/inconsistent", "names/non-preferred",
                         "names/translated-name"}) {
    CHECK(r.out.find(id) != std::string::npos);
  }
}

TEST_CASE("the shipped tables and samples work end to end", "[cli]") {
  const RunResult r = RunTranslint({"check", "samples"}, TRANSLINT_SOURCE_DIR);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("samples/kyrgyz-parliament.md:6:40: warning: \"Zhogorku Kenesh\"") != std::string::npos);
  CHECK(r.out.find("samples/pornofilmy-concert.txt:6:37: warning: Pornofilmy (band) is translated") != std::string::npos);
  CHECK(r.out.find("tajikistan-migrants") == std::string::npos);  // the clean sample stays clean
}

TEST_CASE("the README's table of checks is the one translint prints", "[cli]") {
  const std::string readme = ReadAll(std::string(TRANSLINT_SOURCE_DIR) + "/README.md");
  const std::string begin = "<!-- checks:begin (translint checks --format markdown) -->\n";
  const std::string end = "<!-- checks:end -->";
  const size_t b = readme.find(begin);
  const size_t e = readme.find(end);
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  const RunResult r = RunTranslint({"checks", "--format", "markdown"}, TRANSLINT_SOURCE_DIR);
  CHECK(r.exit_code == 0);
  // Regenerate with: build/translint checks --format markdown
  CHECK(readme.substr(b + begin.size(), e - b - begin.size()) == r.out);
}

TEST_CASE("translit prints a name under the shipped schemes", "[cli]") {
  TempDir dir;
  const RunResult r = RunTranslint({"translit", "Аляксандр Лукашэнка", "--from", "be"}, dir.path());
  CHECK(r.exit_code == 0);
  // Each rendering with its name key: both spellings read as one name.
  CHECK(r.out ==
        "be-Latn-bgn: Alyaksandr Lukashenka  [key LKSNDR LKJNK: a.l.a.k.z|s.a.n.d.r l.u.k.a.sh.e.n.k.a]\n"
        "be-Latn-national: Aliaksandr Lukašenka  [key LKSNDR LKJNK: a.l.a.k.z|s.a.n.d.r l.u.k.a.sh.e.n.k.a]\n");
  const RunResult none = RunTranslint({"translit", "x", "--from", "xx"}, dir.path());
  CHECK(none.exit_code == 2);
  CHECK(none.err == "translint: error: no scheme for the language \"xx\"\n");
}

TEST_CASE("discover prints full names across files as a loadable rule table", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  dir.Write("a.md", "Andrei Furgal spoke in Kiev. Furgal was arrested.\n");
  dir.Write("b.md", "Later Andrey Furgal said so, and Andrei agreed.\n");
  dir.Write("c.md", "Nurlan Baitursynov and Aigul Baitursynova met Nurlan Baytursynov.\n");
  const RunResult r = RunTranslint({"discover", "--rules", "rules.yaml", "a.md", "b.md", "c.md"}, dir.path());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "# translint discover: 2 names no rule table lists, each spelled in several ways, in 3 documents.\n"
        "# Check each entry: keep those that are one name, check the kind and the preferred spelling,\n"
        "# then paste them into a rule table.\n"
        "entities:\n"
        "  - id: andrei-furgal\n"
        "    kind: person  # guessed; or person, organization, place, media, band, work, term\n"
        "    preferred: { en: \"Andrei Furgal\" }  # 1 document, 1 time, first at a.md:1:1\n"
        "    variants:\n"
        "      - \"Andrey Furgal\"  # 1 document, 1 time, first at b.md:1:7\n"
        "  - id: nurlan-baitursynov\n"
        "    kind: person  # guessed; or person, organization, place, media, band, work, term\n"
        "    preferred: { en: \"Nurlan Baitursynov\" }  # 1 document, 1 time, first at c.md:1:1\n"
        "    variants:\n"
        "      - \"Nurlan Baytursynov\"  # 1 document, 1 time, first at c.md:1:47\n");
  // The output is a rule table as it is.
  dir.Write("found.yaml", r.out);
  const RunResult loaded = RunTranslint({"check", "--rules", "found.yaml", "b.md"}, dir.path());
  CHECK(loaded.exit_code == 1);
  CHECK(loaded.out.find("\"Andrey Furgal\" is a variant of Andrei Furgal (person); write \"Andrei Furgal\"") !=
        std::string::npos);
  const RunResult json = RunTranslint({"discover", "--rules", "rules.yaml", "--format", "json", "a.md", "b.md"}, dir.path());
  REQUIRE(json.exit_code == 0);
  const nlohmann::json doc = nlohmann::json::parse(json.out);
  CHECK(doc["documents"] == 2);
  REQUIRE(doc["clusters"].size() == 1);
  CHECK(doc["clusters"][0]["kind"] == "person");
  CHECK(doc["clusters"][0]["spellings"][1]["spelling"] == "Andrey Furgal");
  CHECK(doc["clusters"][0]["spellings"][1]["first"]["column"] == 7);
}

TEST_CASE("the README's house-style override loads with the shipped tables", "[cli]") {
  TempDir dir;
  // The README's own example, and a person whose shipped examples name the shipped form.
  dir.Write(".translint.yaml", "preferred:\n  kyiv: { en: Kiev }\n  sadyr-japarov: { en: Sadyr Zhaparov }\n");
  dir.Write("a.md", "Kyiv and Kiev; Sadyr Japarov.\n");
  const RunResult r = RunTranslint({"check", "--format", "json", "a.md"}, dir.path());
  REQUIRE(r.exit_code == 1);
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  std::vector<std::string> messages;
  for (const auto& d : doc["diagnostics"]) {
    if (d["check"] == "names/non-preferred") messages.push_back(d["message"]);
  }
  // The project's choice is the house style; the shipped source is not quoted for it.
  const std::string config = dir.path() + "/.translint.yaml";
  CHECK(messages == std::vector<std::string>{
                        "\"Kyiv\" is a variant of Kiev (place); write \"Kiev\" (house style: this project, " + config +
                            ":2:15)",
                        "\"Sadyr Japarov\" is a variant of Sadyr Zhaparov (person); write \"Sadyr Zhaparov\" (house "
                        "style: this project, " + config + ":3:24)"});
}

TEST_CASE("fix leaves hard-linked and read-only files alone, with a message", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  const std::string linked = dir.Write("a.md", "Kiev\n");
  REQUIRE(::link(linked.c_str(), (dir.path() + "/b.md").c_str()) == 0);
  const RunResult r = RunTranslint({"fix", "--rules", "rules.yaml", "a.md"}, dir.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("translint: error: a.md: has 2 hard links, and a rewrite would replace it under this name only, "
                   "splitting them; not written") == 0);
  CHECK(ReadAll(linked) == "Kiev\n");
  const std::string locked = dir.Write("c.md", "Kiev\n");
  ::chmod(locked.c_str(), 0444);
  const RunResult ro = RunTranslint({"fix", "--rules", "rules.yaml", "c.md"}, dir.path());
  CHECK(ro.exit_code == 2);
  CHECK(ro.err.find("translint: error: c.md: is read-only; not written (make it writable to fix it)") == 0);
  CHECK(ReadAll(locked) == "Kiev\n");
}

TEST_CASE("an unknown language is an error naming the supported ones, and case does not matter", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  dir.Write("a.md", "In Kiev.\n");
  const RunResult xx = RunTranslint({"check", "--rules", "rules.yaml", "--language", "xx", "a.md"}, dir.path());
  CHECK(xx.exit_code == 2);
  CHECK(xx.err == "translint: error: --language xx: unknown language \"xx\"; translint checks en, de, fr and ru "
                  "(Russian sources)\n");
  CHECK(RunTranslint({"check", "--rules", "rules.yaml", "--language", "EN", "a.md"}, dir.path()).exit_code == 1);
  dir.Write("es/.translint.yaml", "language: es\n");
  dir.Write("es/a.md", "In Kiev.\n");
  const RunResult es = RunTranslint({"check", "--rules", "rules.yaml", "es/a.md"}, dir.path());
  CHECK(es.exit_code == 2);
  CHECK(es.err == "translint: error: " + dir.path() +
                      "/es/.translint.yaml:1:11: unknown language \"es\"; translint checks en, de, fr and ru "
                      "(Russian sources)\n");
}

// Root reads and writes every folder: a permission test drops to "nobody" for
// the run (setpriv, util-linux); the command prefix for RunTranslint's `env`.
// Under the sanitizers, LeakSanitizer reads its suppressions file when it finds
// a leak to judge: "nobody" may not enter the folder of the one LSAN_OPTIONS
// names (a checkout under a private folder), so it gets a copy in `dir`.
static std::string AsNobody(const TempDir& dir) {
  if (::geteuid() != 0) return "";
  std::string env = "TRANSLINT_NO_CACHE=1";
  if (const char* lsan = std::getenv("LSAN_OPTIONS")) {
    std::string options = lsan;
    const size_t at = options.find("suppressions=");
    if (at != std::string::npos) {
      const size_t begin = at + 13, end = std::min(options.find(':', begin), options.size());
      const std::string copy = dir.Write("lsan.supp", ReadAll(options.substr(begin, end - begin)));
      ::chmod(copy.c_str(), 0644);
      options.replace(begin, end - begin, copy);
    }
    env += " LSAN_OPTIONS=" + ShellQuote(options);
  }
  return env + " setpriv --reuid=65534 --regid=65534 --clear-groups";
}

TEST_CASE("an unreadable folder and a symbolic link loop are errors, never skipped", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  dir.Write("docs/a.md", "In Kiev.\n");
  dir.Write("docs/locked/b.md", "In Kiev.\n");
  ::chmod(dir.path().c_str(), 0755);
  ::chmod((dir.path() + "/docs").c_str(), 0755);
  ::chmod((dir.path() + "/docs/locked").c_str(), 0);
  const std::string as = AsNobody(dir);
  const RunResult r = RunTranslint({"check", "--rules", "rules.yaml", "docs"}, dir.path(), "", as);
  ::chmod((dir.path() + "/docs/locked").c_str(), 0755);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "translint: error: docs/locked: cannot read directory: Permission denied (fix its permissions, or "
                 "leave it out of the paths)\n");
  REQUIRE(::symlink("loop-b", (dir.path() + "/loop-a").c_str()) == 0);
  REQUIRE(::symlink("loop-a", (dir.path() + "/loop-b").c_str()) == 0);
  const RunResult loop = RunTranslint({"check", "--rules", "rules.yaml", "loop-a"}, dir.path());
  CHECK(loop.exit_code == 2);
  CHECK(loop.err == "translint: error: loop-a: Too many levels of symbolic links\n");
}

TEST_CASE("fix in a read-only folder reports the file and leaves it as it was", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  const std::string path = dir.Write("docs/a.md", "In Kiev.\n");
  ::chmod(dir.path().c_str(), 0755);
  ::chmod(path.c_str(), 0666);              // the file may be written,
  ::chmod((dir.path() + "/docs").c_str(), 0555);  // its folder may not
  const std::string as = AsNobody(dir);
  const RunResult r = RunTranslint({"fix", "--rules", "rules.yaml", "docs"}, dir.path(), "", as);
  ::chmod((dir.path() + "/docs").c_str(), 0755);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("docs/a.md: cannot create its new copy in its folder (the folder must be writable): Permission denied") != std::string::npos);
  CHECK(ReadAll(path) == "In Kiev.\n");
}

TEST_CASE("control characters in a file and in its name never reach the terminal", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  dir.Write("odd\nname.md", "In Kiev \x1b[2J now.\n");
  const RunResult r = RunTranslint({"check", "--rules", "rules.yaml", "odd\nname.md"}, dir.path());
  CHECK(r.exit_code == 1);
  // ESC and the line break become their control pictures (␛, ␊): one line a finding, columns kept.
  CHECK(r.out ==
        "odd\u240Aname.md:1:4: warning: \"Kiev\" is a historical spelling of Kyiv (place); write \"Kyiv\" "
        "[names/non-preferred]\n"
        "  In Kiev \u241B[2J now.\n"
        "     ^~~~\n"
        "  fix: \"Kyiv\"\n"
        "odd\u240Aname.md:1:10: warning: \"[\" is never closed in this paragraph: add the closing \"]\" "
        "[typography/unbalanced]\n"
        "  In Kiev \u241B[2J now.\n"
        "           ^\n"
        "translint: 1 file checked, 2 warnings\n");
  CHECK(r.out.find('\x1b') == std::string::npos);
}

TEST_CASE("The version flag names the version and commit and a mistyped command gets a did-you-mean", "[cli]") {
  TempDir dir;
  const RunResult version = RunTranslint({"--version"}, dir.path());
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("translint 0.1.0 (commit ", 0) == 0);
  const RunResult typo = RunTranslint({"chek", "a.md"}, dir.path());
  CHECK(typo.exit_code == 2);
  CHECK(typo.err == "translint: error: unknown command \"chek\" (did you mean \"check\"?); `translint --help` lists the "
                    "commands\n");
}

TEST_CASE("A mistyped option gets a did-you-mean and help COMMAND describes a command", "[cli]") {
  TempDir dir;
  const RunResult typo = RunTranslint({"check", "--formt=json", "a.md"}, dir.path());
  CHECK(typo.exit_code == 2);
  CHECK(typo.err == "translint: error: unknown option --formt for `translint check` (did you mean \"--format\"?); "
                    "`translint help check` lists its options\n");
  const RunResult far = RunTranslint({"fix", "--zzzzzzzz"}, dir.path());
  CHECK(far.exit_code == 2);
  CHECK(far.err == "translint: error: unknown option --zzzzzzzz for `translint fix`; `translint help fix` lists its "
                   "options\n");
  const RunResult help = RunTranslint({"help", "check"}, dir.path());
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--baseline") != std::string::npos);
  CHECK(help.out.find("--update-baseline") != std::string::npos);
  const RunResult all = RunTranslint({"help"}, dir.path());
  CHECK(all.exit_code == 0);
  CHECK(all.out.find("Usage: translint [OPTIONS] SUBCOMMAND") != std::string::npos);
  CHECK(all.out.find("  merge ") != std::string::npos);
  const RunResult unknown = RunTranslint({"help", "idnex"}, dir.path());
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("(did you mean \"index\"?)") != std::string::npos);
}

TEST_CASE("A file name that is not UTF-8 stays recoverable in JSON", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", "entities:\n  - { id: kyiv, kind: place, preferred: { en: Kyiv }, variants: [Kiev] }\n");
  dir.Write("bad\xFF name%.txt", "Flights to Kiev.\n");
  const RunResult r = RunTranslint({"check", "--rules", "rules.yaml", "--format", "json", "."}, dir.path());
  CHECK(r.exit_code == 1);
  const auto diagnostics = nlohmann::json::parse(r.out)["diagnostics"];
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0]["path"] == "./bad\xEF\xBF\xBD name%.txt");  // shown with U+FFFD
  CHECK(diagnostics[0]["path_bytes"] == "./bad%FF%20name%25.txt");  // exact: percent-encoded bytes
}

TEST_CASE("A PO catalog: only the translations are checked, and fix rewrites only them", "[cli]") {
  TempDir dir;
  dir.Write("rules.yaml", kRules);
  // The Russian source and the comments are not the text: no untranslated Cyrillic, no spelling.
  const std::string catalog =
      "msgid \"\"\n"
      "msgstr \"Language: en\\n\"\n"
      "\n"
      "#: news.c:3  Kiev\n"
      "msgid \"Мэр Киева\"\n"
      "msgstr \"\"\n"
      "\"The mayor of \"\n"
      "\"Kiev\"\n";
  const std::string path = dir.Write("ru-en.po", catalog);
  const RunResult check = RunTranslint({"check", "--rules", "rules.yaml", "--format", "json", "."}, dir.path());
  CHECK(check.exit_code == 1);
  CHECK(check.out.find("\"check\":\"names/non-preferred\"") != std::string::npos);
  CHECK(check.out.find("\"line\":8,\"column\":2") != std::string::npos);
  CHECK(check.out.find("script/") == std::string::npos);
  const RunResult fix = RunTranslint({"fix", "--rules", "rules.yaml", "ru-en.po"}, dir.path());
  CHECK(fix.err == "translint: fixed 1 finding in 1 file\n");
  std::string expected = catalog;
  expected.replace(expected.rfind("Kiev"), 4, "Kyiv");
  CHECK(ReadAll(path) == expected);
}
