// --format junit: JUnit XML, which GitLab (artifacts:reports:junit), Jenkins
// and most CI test views read. One test case per file checked, in path order;
// a file with an error or a warning fails with one <failure> listing them as
// "line:column: severity: message [check]" lines; info findings go to the
// case's <system-out> and do not fail it:
//   <testsuites name="translint"><testsuite name="translint" tests="FILES">
//     <testcase classname="translint" name="PATH" file="PATH">
//       <failure type="translint" message="2 findings">...</failure>
// Each file's findings are held until the next file starts; nothing else is.
#include <map>

#include "report/reporter.h"
#include "report/xml_escape.h"

namespace translint {

namespace {

class JunitReporter : public Reporter {
 public:
  explicit JunitReporter(std::ostream& out) : out_(out) {}

  void Begin(const RunInfo& run) override {
    paths_ = run.paths;
    for (size_t i = 0; i < paths_.size(); ++i) position_.emplace(paths_[i], i);
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"translint\">\n"
         << "  <testsuite name=\"translint\" tests=\"" << paths_.size() << "\">\n";
  }

  void Report(const Diagnostic& d) override {
    if (!open_ || d.location.path != path_) {
      Close();
      const auto at = position_.find(d.location.path);
      if (at != position_.end()) PassUpTo(at->second);
      path_ = d.location.path;
      open_ = true;
    }
    std::string& lines = d.severity >= Severity::kWarning ? failures_ : infos_;
    lines += std::to_string(d.location.start.line) + ":" + std::to_string(d.location.start.column) + ": " +
             std::string(ToString(d.severity)) + ": " + d.message + " [" + d.check + "]\n";
    count_ += d.severity >= Severity::kWarning;
  }

  void End(const RunSummary&) override {
    Close();
    PassUpTo(paths_.size());
    out_ << "  </testsuite>\n</testsuites>\n";
  }

 private:
  void Case(const std::string& path, const char* end) {
    out_ << "    <testcase classname=\"translint\" name=\"" << EscapeXml(path) << "\" file=\"" << EscapeXml(path)
         << "\"" << end;
  }

  // Writes the files before paths_[index] not yet written, as passing cases.
  void PassUpTo(size_t index) {
    for (; next_ < index; ++next_) Case(paths_[next_], "/>\n");
    next_ = std::max(next_, index + 1 <= paths_.size() ? index + 1 : index);
  }

  void Close() {
    if (!open_) return;
    Case(path_, ">\n");
    if (count_ > 0) {
      out_ << "      <failure type=\"translint\" message=\"" << count_ << (count_ == 1 ? " finding" : " findings")
           << "\">" << EscapeXml(failures_) << "</failure>\n";
    }
    if (!infos_.empty()) out_ << "      <system-out>" << EscapeXml(infos_) << "</system-out>\n";
    out_ << "    </testcase>\n";
    open_ = false;
    failures_.clear();
    infos_.clear();
    count_ = 0;
  }

  std::ostream& out_;
  std::vector<std::string> paths_;
  std::map<std::string, size_t> position_;
  size_t next_ = 0;  // paths_[next_] is the first file not yet written
  std::string path_;
  bool open_ = false;
  std::string failures_, infos_;
  size_t count_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> MakeJunitReporter(std::ostream& out) { return std::make_unique<JunitReporter>(out); }

}  // namespace translint
