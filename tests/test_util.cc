#include "test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace translint::testing {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "translint-test-XXXXXX").string();
  path_ = ::mkdtemp(pattern.data());
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name, const std::string& contents) const {
  const fs::path file = fs::path(path_) / name;
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << contents;
  return file.string();
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

RunResult RunTranslint(const std::vector<std::string>& args, const std::string& cwd, const std::string& input,
                       const std::string& env) {
  TempDir io;
  const std::string in = io.Write("stdin", input);
  std::string command = "cd " + ShellQuote(cwd) + " && NO_COLOR=1 " + env + " " + ShellQuote(TRANSLINT_BINARY);
  for (const std::string& a : args) command += " " + ShellQuote(a);
  command += " <" + ShellQuote(in) + " >" + ShellQuote(io.path() + "/out") + " 2>" + ShellQuote(io.path() + "/err");
  const int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadAll(io.path() + "/out");
  result.err = ReadAll(io.path() + "/err");
  return result;
}

std::string ShippedRules() { return std::string(TRANSLINT_SOURCE_DIR) + "/rules"; }

}  // namespace translint::testing
