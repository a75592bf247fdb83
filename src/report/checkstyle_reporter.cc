// --format checkstyle: Checkstyle's XML report, which Jenkins (Warnings NG),
// reviewdog (-f=checkstyle) and many CI dashboards read:
//   <checkstyle version="4.3"><file name="PATH"><error line= column= severity= message= source=/></file></checkstyle>
// One <file> element per path (findings come sorted by path); columns are
// 1-based code points; source is the check id. Text is escaped for XML 1.0:
// markup characters as entities, bytes that are not UTF-8 as U+FFFD, and the
// control characters XML cannot hold as U+FFFD too.
#include "report/reporter.h"
#include "report/xml_escape.h"

namespace translint {

namespace {

class CheckstyleReporter : public Reporter {
 public:
  explicit CheckstyleReporter(std::ostream& out) : out_(out) {}

  void Begin(const RunInfo&) override { out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"; }

  void Report(const Diagnostic& d) override {
    if (!open_ || d.location.path != path_) {
      if (open_) out_ << "  </file>\n";
      path_ = d.location.path;
      open_ = true;
      out_ << "  <file name=\"" << EscapeXml(path_) << "\">\n";
    }
    out_ << "    <error line=\"" << d.location.start.line << "\" column=\"" << d.location.start.column
         << "\" severity=\"" << ToString(d.severity) << "\" message=\"" << EscapeXml(d.message) << "\" source=\""
         << EscapeXml(d.check) << "\"/>\n";
  }

  void End(const RunSummary&) override {
    if (open_) out_ << "  </file>\n";
    out_ << "</checkstyle>\n";
  }

 private:
  std::ostream& out_;
  std::string path_;
  bool open_ = false;
};

}  // namespace

std::unique_ptr<Reporter> MakeCheckstyleReporter(std::ostream& out) {
  return std::make_unique<CheckstyleReporter>(out);
}

}  // namespace translint
