#include "check/input/input_checks.h"

#include <cstdio>
#include <memory>

#include "base/utf8.h"

namespace translint {

namespace {

// A NUL byte in the first 8 KiB marks a binary file (as git and ripgrep decide).
class BinaryFileCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "input/binary-file", "The file is binary, not text; it is skipped.",
        "A NUL byte in the first 8 KiB marks a binary file (as git and ripgrep decide). translint reports it "
        "once and checks nothing else in it. Exclude such files from the paths you pass.",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }
  bool CheckInput(const Document& document, DiagnosticSink* sink) const override {
    const std::string_view head = document.text().substr(0, 8192);
    const size_t nul = head.find('\0');
    if (nul == std::string_view::npos) return true;
    sink->Report(Make(document, Span{0, 0}, "binary file (NUL byte at offset " + std::to_string(nul) +
                                                "); not checked: pass only text files"));
    return false;
  }
};

class InvalidUtf8Check : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "input/invalid-utf8", "The file is not valid UTF-8; it is skipped.",
        "translint reads UTF-8. A file with an invalid byte sequence (often Windows-1251 or Latin-1 text) is "
        "reported at the first bad byte and not checked further, and `fix` never rewrites it. Convert it, e.g. "
        "`iconv -f WINDOWS-1251 -t UTF-8`.",
        Severity::kError, CheckScope::kDocument, false};
    return kInfo;
  }
  bool CheckInput(const Document& document, DiagnosticSink* sink) const override {
    const size_t bad = FindInvalidUtf8(document.text());
    if (bad == std::string_view::npos) return true;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(document.text()[bad]));
    Diagnostic d = Make(document, Span{bad, bad + 1}, std::string("invalid UTF-8 (byte ") + hex +
                                                          "); the file was not checked: convert it to UTF-8");
    d.text.clear();  // the byte itself is not printable text
    sink->Report(std::move(d));
    return false;
  }
};

// Reported by the Linter for the parts of a file its reader could not read
// (formats/reader.h); the check itself looks at nothing.
class InvalidRecordCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "input/invalid-record", "A record of an archive, or a line of a PO catalog, could not be read; it is skipped.",
        "A line of a JSON Lines archive that is not valid JSON, is not an object, or has no text field is "
        "reported at its line, and the other records of the file are still checked. Repair the line, or name "
        "the text field with `archive: { text: FIELD }` in .translint.yaml. In a PO catalog, a line that is "
        "not PO syntax (a keyword and a \"string\", a continued \"string\", a # comment) or a string that is "
        "not closed is reported the same way.\n"
        "Before: {\"title\": \"Budget\", \"txt\": \"...\"}\n"
        "After:  {\"title\": \"Budget\", \"text\": \"...\"}",
        Severity::kError, CheckScope::kDocument, false};
    return kInfo;
  }
};

}  // namespace

Diagnostic InvalidRecordDiagnostic(const std::string& path, const RecordProblem& problem) {
  Diagnostic d;
  d.check = "input/invalid-record";
  d.severity = Severity::kError;
  d.location.path = path;
  d.location.span = Span{problem.offset, problem.offset};
  d.location.start = d.location.end = Position{problem.line, problem.column, problem.column};
  d.location.line_text = problem.line_text;
  d.message = problem.message;
  return d;
}

void RegisterInputChecks(CheckRegistry* registry) {
  registry->Add(std::make_unique<BinaryFileCheck>());
  registry->Add(std::make_unique<InvalidRecordCheck>());
  registry->Add(std::make_unique<InvalidUtf8Check>());
}

}  // namespace translint
