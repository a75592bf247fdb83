// translint's command line: parses flags (CLI11) and hands over to the subcommands.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "base/suggest.h"
#include "cli/commands.h"
#include "cli/workspace.h"
#include "lint/config.h"
#include "lsp/server.h"
#include "report/reporter.h"

namespace {

void AddCommonOptions(CLI::App* command, translint::Options* o) {
  command->add_option("paths", o->paths, "Files and folders to process (default: .); - reads standard input");
  command->add_option("--format", o->format,
                      "Output format: text, json, sarif (code scanning), github (Actions annotations), rdjson "
                      "(reviewdog), codeclimate (GitLab Code Quality), junit or checkstyle")
      ->check(CLI::IsMember(translint::ReportFormats()));
  command->add_option("--fail-on", o->fail_on, "Lowest severity that makes the exit code 1 (default: warning)")
      ->check(CLI::IsMember({"info", "warning", "error", "none"}));
  command->add_option("--files-from", o->files_from, "Also process the paths this file lists, one a line");
  command->add_option_function<std::string>(
      "--shard",
      [o](const std::string& text) {
        translint::Result<translint::Shard> shard = translint::ParseShard(text);
        if (!shard.ok()) throw CLI::ValidationError(shard.status().message());
        o->shard = *shard;
      },
      "K/N: only the K-th of every N files (split a run over processes or machines; combine with merge)");
  command->add_option("--rules", o->rules, "Rule table file or folder; repeatable (default: the shipped tables)")
      ->allow_extra_args(false);
  command->add_option("--config", o->config, "Configuration file (default: the nearest .translint.yaml)");
  command->add_option("--language", o->language, "Language of the texts: en, de, fr, or ru for Russian sources (default: config, en)");
  command->add_option("--source", o->source_dir,
                      "Folder of the sources of Markdown and text translations, at the same relative paths "
                      "(default: a.ru.md beside a.en.md)");
  command->add_option("--source-language", o->source_language,
                      "Language of the sources of bilingual inputs (PO, XLIFF) when the file does not say (default: config, "
                      "else ru for Cyrillic sources)");
  command->add_option("--stdin-filename", o->stdin_filename, "Path to report for standard input");
  command->add_option("--color", o->color, "Colour the text output")->check(CLI::IsMember({"auto", "always", "never"}));
  command->add_option("-j,--jobs", o->jobs, "Worker threads (default: one per core)");
  command->add_flag("--print-config", o->print_config, "Print the effective configuration and exit");
  command->add_flag_callback("--progress", [o] { o->progress = 1; }, "Show a progress line on standard error");
  command->add_flag_callback("--no-progress", [o] { o->progress = 0; },
                             "No progress line (default: shown when standard error is a terminal)");
}

int PrintConfig(const translint::Options& options) {
  translint::Workspace workspace(options);
  const std::string folder = options.paths.empty() || options.paths[0] == "-" ? "." : options.paths[0];
  translint::Result<translint::Config> config = workspace.ConfigFor(folder);
  if (!config.ok()) {
    std::cerr << "translint: error: " << config.status().message() << "\n";
    return 2;
  }
  std::cout << translint::ConfigToYaml(*config);
  return 0;
}

}  // namespace

// "translint chek": the command line names no subcommand that exists.
int UnknownCommand(const std::string& name, const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  std::cerr << "translint: error: unknown command \"" << name << "\"" << translint::DidYouMean(name, names)
            << "; `translint --help` lists the commands\n";
  return 2;
}

// "translint check --formt json": names the option the command line most
// likely meant; "" when every "--name" is one of the subcommand's.
std::string UnknownOption(const CLI::App& command, int argc, char** argv) {
  std::vector<std::string> names;
  for (const CLI::Option* o : command.get_options()) {
    for (const std::string& n : o->get_lnames()) names.push_back("--" + n);
  }
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.rfind("--", 0) != 0) continue;
    arg = arg.substr(0, arg.find('='));
    if (std::find(names.begin(), names.end(), arg) != names.end()) continue;
    return "unknown option " + arg + " for `translint " + command.get_name() + "`" +
           translint::DidYouMean(arg, names) + "; `translint help " + command.get_name() + "` lists its options";
  }
  return "";
}

// translint help [COMMAND]: the command's help, or the list of commands.
int PrintHelp(const CLI::App& app, const std::string& name) {
  if (name.empty()) {
    std::cout << app.get_formatter()->make_help(&app, "translint", CLI::AppFormatMode::Normal);
    return 0;
  }
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name() == name) {
      std::cout << sub->help();
      return 0;
    }
  }
  return UnknownCommand(name, app);
}

int main(int argc, char** argv) {
  CLI::App app{"translint: consistent names and clean wording in translated news"};
  app.set_version_flag("--version", std::string("translint ") + TRANSLINT_VERSION + " (commit " + TRANSLINT_COMMIT + ")");
  app.require_subcommand(1);
  translint::Options options;
  CLI::App* check = app.add_subcommand("check", "Report inconsistent names and translation artifacts");
  AddCommonOptions(check, &options);
  check->add_option("--baseline", options.baseline,
                    "Report only findings this baseline file does not accept (see --update-baseline)");
  check->add_flag("--update-baseline", options.update_baseline,
                  "Write this run's findings as the baseline (--baseline, default .translint-baseline.json)");
  check->add_option("--db", options.db, "Archive index (SQLite): check only what changed since it was written, and update it");
  CLI::App* index = app.add_subcommand("index", "Check the inputs and store names, documents and findings in an archive index");
  AddCommonOptions(index, &options);
  index->add_option("--db", options.db, "The archive index to create or update (an SQLite file)")->required();
  CLI::App* merge = app.add_subcommand("merge", "Combine archive indexes of shards into one and run the corpus checks");
  merge->add_option("shards", options.paths, "The shards' archive indexes (SQLite files)")->required();
  merge->add_option("--db", options.db, "The archive index to write (replaced when it exists)")->required();
  merge->add_option("--rules", options.rules, "Rule table file or folder; repeatable (default: the shipped tables)")
      ->allow_extra_args(false);
  merge->add_option("--config", options.config, "Configuration file (default: the nearest .translint.yaml)");
  CLI::App* report = app.add_subcommand("report", "Write the archive index's report: one HTML page, or JSON");
  report->add_option("--db", options.db, "The archive index (written by `translint index` or `merge`)")->required();
  report->add_option("-o,--output", options.output, "The file to write (default: standard output)");
  report->add_option("--format", options.format, "html (default) or json")->check(CLI::IsMember({"html", "json"}));
  CLI::App* fix = app.add_subcommand("fix", "Apply the sure fixes in place (atomically)");
  AddCommonOptions(fix, &options);
  fix->add_flag("--dry-run", options.dry_run, "Print a unified diff and change nothing");
  fix->add_option("--log", options.change_log,
                  "Write every change (path, offset, line, column, old and new text, check) to this JSON Lines file");
  CLI::App* checks = app.add_subcommand("checks", "List every check with its summary");
  checks->add_option("--format", options.format, "Output format")->check(CLI::IsMember({"text", "json", "markdown"}));
  checks->add_option("--rules", options.rules, "Rule table file or folder; repeatable (default: the shipped tables)")
      ->allow_extra_args(false);
  checks->add_option("--config", options.config, "Configuration file (default: the nearest .translint.yaml)");
  checks->add_option("ids", options.paths, "Show the full description of these checks");
  CLI::App* discover = app.add_subcommand(
      "discover", "Print names no rule table lists that are spelled several ways, as YAML entity entries");
  AddCommonOptions(discover, &options);
  CLI::App* translit = app.add_subcommand("translit", "Print a Cyrillic name under every romanization scheme");
  std::string translit_text;
  translit->add_option("text", translit_text, "Cyrillic text, e.g. \"Садыр Жапаров\"")->required();
  translit->add_option("--from", options.language, "Source language: ru, uk, be, ky, kk, tg, uz");
  CLI::App* lsp = app.add_subcommand("lsp", "Run the language server (LSP over standard input and output) for editors");
  bool lsp_stdio = true;
  lsp->add_flag("--stdio", lsp_stdio, "Talk over standard input and output (the default and only transport)");
  CLI::App* help = app.add_subcommand("help", "Print the options of a command: translint help check");
  std::string help_command;
  help->add_option("command", help_command, "The command to describe");
  if (argc > 1 && argv[1][0] != '-') {
    const auto subcommands = app.get_subcommands({});
    const bool known = std::any_of(subcommands.begin(), subcommands.end(),
                                   [&](const CLI::App* sub) { return sub->get_name() == argv[1]; });
    if (!known) return UnknownCommand(argv[1], app);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (argc > 1 && sub->get_name() == argv[1] && !UnknownOption(*sub, argc, argv).empty()) {
        std::cerr << "translint: error: " << UnknownOption(*sub, argc, argv) << "\n";
        return 2;
      }
    }
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (help->parsed()) return PrintHelp(app, help_command);
  if (options.print_config) return PrintConfig(options);
  if (options.update_baseline && !options.baseline) options.baseline = ".translint-baseline.json";
  if (check->parsed()) return translint::RunCheck(options, std::cout, std::cerr);
  if (index->parsed()) return translint::RunIndex(options, std::cout, std::cerr);
  if (merge->parsed()) return translint::RunMerge(options, std::cout, std::cerr);
  if (report->parsed()) return translint::RunReport(options, std::cout, std::cerr);
  if (fix->parsed()) return translint::RunFix(options, std::cout, std::cerr);
  if (discover->parsed()) return translint::RunDiscover(options, std::cout, std::cerr);
  if (lsp->parsed()) return translint::RunLanguageServer(std::cin, std::cout);
  if (translit->parsed()) return translint::RunTranslit(translit_text, options, std::cout, std::cerr);
  return translint::RunListChecks(options, std::cout, std::cerr);
}
