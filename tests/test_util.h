// Helpers for tests: temporary folders, files, running the built binary.
#pragma once

#include <string>
#include <vector>

namespace translint::testing {

// A fresh folder, removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& contents) const;  // returns the full path

 private:
  std::string path_;
};

std::string ReadAll(const std::string& path);

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs build/translint with `args` in folder `cwd`, feeding `input` on stdin;
// `env` is prepended to the command ("VAR=value ...", or "env -u VAR ...").
RunResult RunTranslint(const std::vector<std::string>& args, const std::string& cwd, const std::string& input = "",
                       const std::string& env = "");

// `s` in single quotes for sh.
std::string ShellQuote(const std::string& s);

// The folder of the shipped rule tables.
std::string ShippedRules();

}  // namespace translint::testing
