// Generates the inputs of bench/run.sh.
//
//   gen_bench_data table N OUT.yaml            a rule table of N synthetic person entities
//   gen_bench_data spellings OUT.txt RULES...  every spelling the matcher compiles from the RULES
//                                              (one per line: the reference tool's pattern list)
//   gen_bench_data corpus JSONL_DIR OUT_DIR MB an archive of text files of at least MB megabytes,
//                                              built from the English texts of the JSONL corpora
//   gen_bench_data jsonl JSONL_DIR OUT MB      the same texts as one JSON Lines archive file of
//                                              at least MB megabytes ({"id", "text"} a line)
//
// Synthetic names are made of Russian-like syllables, so they are unique, look like
// transliterated surnames and rarely occur in real text; each entity has a preferred
// spelling and three variants (Zh/Dzh/J, -ev/-yev), like the shipped tables.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "match/name_form.h"
#include "rules/rule_loader.h"

namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kFirst = {"Sergei", "Aibek", "Nurlan", "Olga",  "Timur",  "Dilnoza",
                                         "Ruslan", "Aigul", "Bakyt",  "Irina", "Farhod", "Zarina"};
const std::vector<std::string> kSyllables = {"ba", "da", "ka", "ma", "na", "ra", "sa", "ta", "zha", "ly",
                                             "bo", "go", "ko", "mu", "nu", "ru", "su", "tu", "kyr", "bek"};

std::string Surname(size_t index) {
  std::string s;
  for (int i = 0; i < 4; ++i) {
    s += kSyllables[index % kSyllables.size()];
    index /= kSyllables.size();
  }
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

int Table(size_t count, const std::string& out_path) {
  std::ofstream out(out_path);
  out << "# " << count << " synthetic entities for benchmarks (bench/gen_bench_data table)\nentities:\n";
  for (size_t i = 0; i < count; ++i) {
    const std::string first = kFirst[i % kFirst.size()];
    const std::string base = Surname(i * 7919 % 160000);
    out << "  - id: synthetic-" << i << "\n    kind: person\n    preferred: { en: " << first << " " << base
        << "ov }\n    variants: [" << first << " " << base << "ev, " << first << " " << base << "yev, " << first
        << " Dzh" << base << "ov]\n    source: generated\n";
  }
  return 0;
}

int Spellings(const std::string& out_path, const std::vector<std::string>& rules) {
  translint::RuleTable table;
  translint::Status s = translint::Status::Ok();
  for (const std::string& path : rules) {
    if (s.ok()) s = translint::LoadRulePath(path, &table);
  }
  if (s.ok()) s = table.Finalize();
  if (!s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  std::ofstream out(out_path);
  for (const translint::NameForm& f : translint::ExpandForms(table)) {
    if (!f.is_exception) out << f.text << "\n";
  }
  return 0;
}

std::vector<std::string> EnglishTexts(const fs::path& folder) {
  std::vector<std::string> texts;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      const nlohmann::json doc = nlohmann::json::parse(line);
      texts.push_back(doc.at("text").get<std::string>());
      if (doc.contains("en_mt")) {
        for (const auto& [system, segments] : doc["en_mt"].items()) {
          std::string joined;
          for (const auto& seg : segments) joined += seg.get<std::string>() + "\n";
          texts.push_back(joined);
        }
      }
    }
  }
  return texts;
}

int Corpus(const std::string& jsonl_dir, const std::string& out_dir, size_t megabytes) {
  const std::vector<std::string> texts = EnglishTexts(jsonl_dir);
  if (texts.empty()) {
    std::cerr << "no .jsonl corpora under " << jsonl_dir << "\n";
    return 2;
  }
  size_t bytes = 0;
  for (size_t copy = 0; bytes < megabytes * 1000000; ++copy) {
    const fs::path folder = fs::path(out_dir) / ("copy" + std::to_string(copy));
    fs::create_directories(folder);
    for (size_t i = 0; i < texts.size() && bytes < megabytes * 1000000; ++i) {
      std::ofstream(folder / (std::to_string(i) + ".txt")) << texts[i];
      bytes += texts[i].size();
    }
  }
  std::cout << bytes << "\n";
  return 0;
}

int JsonLines(const std::string& jsonl_dir, const std::string& out_path, size_t megabytes) {
  const std::vector<std::string> texts = EnglishTexts(jsonl_dir);
  if (texts.empty()) {
    std::cerr << "no .jsonl corpora under " << jsonl_dir << "\n";
    return 2;
  }
  const std::string tmp = out_path + ".tmp";
  std::ofstream out(tmp);
  size_t bytes = 0;
  for (size_t copy = 0; bytes < megabytes * 1000000; ++copy) {
    for (size_t i = 0; i < texts.size() && bytes < megabytes * 1000000; ++i) {
      const std::string line =
          nlohmann::json{{"id", std::to_string(copy) + "." + std::to_string(i)}, {"text", texts[i]}}.dump() + "\n";
      out << line;
      bytes += line.size();
    }
  }
  out.close();
  if (!out) {
    std::cerr << "cannot write " << out_path << "\n";
    return 2;
  }
  fs::rename(tmp, out_path);
  std::cout << bytes << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 3 && args[0] == "table") return Table(std::stoul(args[1]), args[2]);
  if (args.size() >= 3 && args[0] == "spellings") return Spellings(args[1], {args.begin() + 2, args.end()});
  if (args.size() == 4 && args[0] == "corpus") return Corpus(args[1], args[2], std::stoul(args[3]));
  if (args.size() == 4 && args[0] == "jsonl") return JsonLines(args[1], args[2], std::stoul(args[3]));
  std::cerr << "usage: gen_bench_data table N OUT.yaml | spellings OUT.txt RULES... | corpus JSONL_DIR OUT_DIR MB"
               " | jsonl JSONL_DIR OUT MB\n";
  return 2;
}
