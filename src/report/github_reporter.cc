// --format github: GitHub Actions workflow commands, one annotation a finding:
//   ::warning file=PATH,line=L,col=C,endLine=L,endColumn=E,title=CHECK::MESSAGE
// escaped as the Actions toolkit escapes them (data: % CR LF; properties also
// ":" and ","). Columns are 1-based code points; endColumn is the last
// character's column. The toolkit sends col and endColumn only for a
// single-line span. Severities: error -> error, warning -> warning, info -> notice.
#include "report/reporter.h"

namespace translint {

namespace {

std::string EscapeData(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string EscapeProperty(std::string_view text) {
  std::string out;
  for (const char c : EscapeData(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

const char* Command(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    default: return "notice";
  }
}

class GithubReporter : public Reporter {
 public:
  explicit GithubReporter(std::ostream& out) : out_(out) {}

  void Report(const Diagnostic& d) override {
    const Location& l = d.location;
    out_ << "::" << Command(d.severity) << " file=" << EscapeProperty(l.path) << ",line=" << l.start.line;
    // A span that ends with its line's break (a deleted line) ends on that line.
    const size_t end_line = l.end.line > l.start.line && l.end.column == 1 ? l.end.line - 1 : l.end.line;
    if (l.end.line == l.start.line) {
      const size_t last = l.end.column > l.start.column ? l.end.column - 1 : l.start.column;
      out_ << ",col=" << l.start.column << ",endLine=" << l.end.line << ",endColumn=" << last;
    } else {
      out_ << ",endLine=" << end_line;
    }
    std::string message = d.message;
    if (!d.fix.empty() && !d.suggestions.empty()) message += "\nfix: \"" + d.suggestions.front() + "\"";
    for (const Note& n : d.notes) {
      message += "\n" + n.location.path + ":" + std::to_string(n.location.start.line) + ":" +
                 std::to_string(n.location.start.column) + ": " + n.message;
    }
    out_ << ",title=" << EscapeProperty(d.check) << "::" << EscapeData(message) << "\n";
  }

  void End(const RunSummary&) override { out_.flush(); }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> MakeGithubReporter(std::ostream& out) { return std::make_unique<GithubReporter>(out); }

}  // namespace translint
