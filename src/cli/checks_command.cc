// translint checks: the built-in checks and the tables' pattern rules.
#include "cli/commands.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/suggest.h"
#include "cli/workspace.h"

namespace translint {

namespace {

// The "Before:" / "After:" lines of a description ("" when absent).
std::string ExampleLine(const std::string& description, const std::string& label) {
  const size_t at = description.find("\n" + label);
  if (at == std::string::npos) return "";
  size_t begin = at + 1 + label.size();
  while (begin < description.size() && description[begin] == ' ') ++begin;
  const size_t end = description.find('\n', begin);
  return description.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

std::string MarkdownCell(std::string text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

void PrintMarkdown(const std::vector<CheckInfo>& infos, std::ostream& out) {
  out << "| id | severity | fix | what it reports | before | after |\n|---|---|---|---|---|---|\n";
  for (const CheckInfo& i : infos) {
    const std::string before = ExampleLine(i.description, "Before:");
    const std::string after = ExampleLine(i.description, "After:");
    out << "| `" << i.id << "` | " << ToString(i.default_severity) << " | " << (i.fixable ? "yes" : "no") << " | "
        << MarkdownCell(i.summary) << " | " << (before.empty() ? "" : "`" + MarkdownCell(before) + "`") << " | "
        << (after.empty() ? "" : "`" + MarkdownCell(after) + "`") << " |\n";
  }
}

}  // namespace

int RunListChecks(const Options& options, std::ostream& out, std::ostream& err) {
  Workspace workspace(options);
  Result<const Linter*> linter = workspace.LinterFor(".");
  if (!linter.ok()) {
    err << "translint: error: " << linter.status().message() << "\n";
    return 2;
  }
  std::vector<CheckInfo> infos = (*linter)->CheckInfos();
  std::vector<std::string> ids;
  for (const CheckInfo& i : infos) ids.push_back(i.id);
  for (const std::string& id : options.paths) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      err << "translint: error: no check \"" << id << "\"" << DidYouMean(id, ids) << "\n";
      return 2;
    }
  }
  if (!options.paths.empty()) {
    infos.erase(std::remove_if(infos.begin(), infos.end(),
                               [&](const CheckInfo& i) {
                                 return std::find(options.paths.begin(), options.paths.end(), i.id) ==
                                        options.paths.end();
                               }),
                infos.end());
  }
  if (options.format == "markdown") {
    PrintMarkdown(infos, out);
    return 0;
  }
  if (options.format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const CheckInfo& i : infos) {
      list.push_back({{"id", i.id},
                      {"summary", i.summary},
                      {"description", i.description},
                      {"severity", std::string(ToString(i.default_severity))},
                      {"fixable", i.fixable},
                      {"source", i.from_rules ? "rules" : "builtin"}});
    }
    out << list.dump(2) << "\n";
    return 0;
  }
  for (const CheckInfo& i : infos) {
    out << i.id << " (" << ToString(i.default_severity) << (i.fixable ? ", fixable" : "") << ")\n  " << i.summary
        << "\n";
    if (!options.paths.empty()) out << "\n" << i.description << "\n\n";
  }
  return 0;
}

}  // namespace translint
