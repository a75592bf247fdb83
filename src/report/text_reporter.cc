#include <string_view>

#include "base/utf8.h"
#include "report/reporter.h"

namespace translint {

namespace {

// `s` safe for a terminal, one code point for one: control characters become
// their Unicode control pictures (ESC -> ␛, a line break in a file name -> ␊),
// C1 controls and invalid bytes U+FFFD; a tab stays a tab. Columns still line up.
std::string Printable(std::string_view s) {
  const std::string valid = ToValidUtf8(s);
  std::string out;
  out.reserve(valid.size());
  for (size_t i = 0; i < valid.size();) {
    size_t length;
    const int32_t cp = DecodeUtf8(valid, i, &length);
    if (cp == '\t' || (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0))) {
      out.append(valid, i, length);
    } else {
      AppendUtf8(cp < 0x20 ? 0x2400 + cp : cp == 0x7F ? 0x2421 : 0xFFFD, &out);
    }
    i += length;
  }
  return out;
}

class TextReporter : public Reporter {
 public:
  TextReporter(std::ostream& out, bool color) : out_(out), color_(color) {}

  void Report(const Diagnostic& d) override {
    out_ << Bold(Place(d.location) + ":") << " " << Colored(d.severity) << " " << Bold(Printable(d.message)) << " ["
         << d.check << "]\n";
    Excerpt(d.location);
    if (!d.fix.empty()) {
      const std::string& replacement = d.fix.front().replacement;
      out_ << "  fix: " << (replacement.empty() && d.fix.size() == 1 ? "delete" : OneLine(replacement)) << "\n";
    } else if (!d.suggestions.empty()) {
      out_ << "  suggestion:";
      for (size_t i = 0; i < d.suggestions.size(); ++i) out_ << (i ? ", " : " ") << OneLine(d.suggestions[i]);
      out_ << "\n";
    }
    for (const Note& note : d.notes) out_ << Place(note.location) << ": note: " << Printable(note.message) << "\n";
  }

  void End(const RunSummary& summary) override {
    out_ << "translint: " << summary.files << (summary.files == 1 ? " file" : " files") << " checked, ";
    if (summary.diagnostics == 0) {
      out_ << "no findings\n";
      return;
    }
    bool first = true;
    for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
      const auto it = summary.by_severity.find(s);
      if (it == summary.by_severity.end()) continue;
      out_ << (first ? "" : ", ") << it->second << " " << ToString(s) << (it->second == 1 ? "" : "s");
      first = false;
    }
    out_ << "\n";
  }

 private:
  static std::string Place(const Location& l) {
    return Printable(l.path) + ":" + std::to_string(l.start.line) + ":" + std::to_string(l.start.column);
  }

  // Quoted, with line breaks shown as spaces so the report keeps one item a line.
  static std::string OneLine(const std::string& s) {
    std::string out = "\"";
    for (char c : s) out.push_back(c == '\n' || c == '\r' ? ' ' : c);
    return Printable(out) + "\"";
  }

  std::string Bold(const std::string& s) const { return color_ ? "\033[1m" + s + "\033[0m" : s; }

  std::string Colored(Severity s) const {
    const std::string label = std::string(ToString(s)) + ":";
    if (!color_) return label;
    const char* code = s == Severity::kError ? "\033[1;31m" : s == Severity::kWarning ? "\033[1;35m" : "\033[1;36m";
    return code + label + "\033[0m";
  }

  // The source line (or its excerpt around the span) and a caret line under
  // the span (first line only).
  void Excerpt(const Location& l) {
    if (l.line_text.empty()) return;
    static const std::string kEllipsis = "\xE2\x80\xA6";  // …
    const bool cut_before = l.excerpt_column > 1;
    const std::string printable = Printable(l.line_text);
    out_ << "  " << (cut_before ? kEllipsis : "") << printable << (l.excerpt_cut ? kEllipsis : "") << "\n  ";
    if (cut_before) out_ << ' ';
    std::string_view line = printable;
    size_t column = l.excerpt_column;
    for (size_t i = 0; i < line.size() && column < l.start.column; ++i) {
      if (!IsLeadByte(static_cast<unsigned char>(line[i]))) continue;
      out_ << (line[i] == '\t' ? '\t' : ' ');
      ++column;
    }
    // A span that runs past this line (or the excerpt) is underlined to its end.
    const size_t line_end = l.excerpt_column + CountCodePoints(line);
    const size_t stop = l.end.line == l.start.line ? std::min(l.end.column, line_end) : line_end;
    const size_t width = stop > l.start.column ? stop - l.start.column : 1;
    std::string marks = "^" + std::string(width - 1, '~');
    out_ << (color_ ? "\033[1;32m" + marks + "\033[0m" : marks) << "\n";
  }

  std::ostream& out_;
  bool color_;
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(std::ostream& out, bool color) {
  return std::make_unique<TextReporter>(out, color);
}

std::unique_ptr<Reporter> MakeReporter(const std::string& format, std::ostream& out, bool color) {
  if (format == "text") return MakeTextReporter(out, color);
  if (format == "json") return MakeJsonReporter(out);
  if (format == "github") return MakeGithubReporter(out);
  if (format == "checkstyle") return MakeCheckstyleReporter(out);
  if (format == "sarif") return MakeSarifReporter(out);
  if (format == "rdjson") return MakeRdjsonReporter(out);
  if (format == "codeclimate") return MakeCodeClimateReporter(out);
  if (format == "junit") return MakeJunitReporter(out);
  return nullptr;
}

const std::vector<std::string>& ReportFormats() {
  static const std::vector<std::string> kFormats = {"text",  "json",   "github",      "checkstyle",
                                                    "sarif", "rdjson", "codeclimate", "junit"};
  return kFormats;
}

}  // namespace translint
