// boilerplate/repeated-lines: short lines at the start or end of documents
// that many documents of one outlet share — the site's navigation, not the
// article.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "check/boilerplate/boilerplate_checks.h"

namespace translint {

namespace {

// A line is furniture when this many documents of its outlet, and this share
// of them, open or close with it.
constexpr size_t kMinDocuments = 3;
constexpr size_t kMinShareDivisor = 50;  // 2%

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

class RepeatedLinesCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "boilerplate/repeated-lines",
        "Short lines that open or close many documents of one outlet: site furniture, not article text.",
        "A scraper brings the page's furniture with the article: section labels, related-story headings, share "
        "bars, tickers, a sign-off. After the last document, the short lines at each end of every document (up "
        "to 8 from each end, at most 10 words, no sentence punctuation at the end, digits counted as one) are "
        "counted per outlet (the `outlet` of the document's metadata; documents without one form one group). "
        "A line that at least 3 documents, and at least 2% of the outlet's documents, open or close with is "
        "reported in each of them, consecutive lines as one finding. Titles differ from story to story and are "
        "not reported. Delete the lines, or list the phrase in a `boilerplate/` pattern rule of the project's "
        "table, which `translint fix` then deletes. On BBC News 2004 (2,225 articles) it reports nothing.\n"
        "Before: a.md: Gold prices rise ... Latest news / Share this article\n"
        "After:  a.md: Gold prices rise ...",
        Severity::kWarning, CheckScope::kCorpus, false};
    return kInfo;
  }

  void CheckCorpus(const CorpusIndex& corpus, CorpusSink* sink) const override {
    // Per outlet, the documents and, per line key, how many documents have it at an edge.
    std::map<std::string_view, size_t> outlet_documents;
    std::unordered_map<std::string, size_t> counts;  // outlet + '\0' + key
    const auto count_key = [](const DocumentRecord& r, std::string_view key) {
      std::string k(r.outlet);
      k.push_back('\0');
      k.append(key);
      return k;
    };
    for (const DocumentRecord& record : corpus.documents()) {
      ++outlet_documents[record.outlet];
      std::set<std::string_view> seen;
      for (const EdgeLine& line : record.edge_lines) {
        if (seen.insert(line.key).second) ++counts[count_key(record, line.key)];
      }
    }
    for (size_t d = 0; d < corpus.size(); ++d) {
      const DocumentRecord& record = corpus.documents()[d];
      const size_t group = outlet_documents[record.outlet];
      const size_t needed = std::max(kMinDocuments, (group + kMinShareDivisor - 1) / kMinShareDivisor);
      std::vector<std::pair<const EdgeLine*, size_t>> run;  // consecutive furniture lines and their counts
      const auto flush = [&]() {
        if (!run.empty()) Report(corpus, d, run, group, sink);
        run.clear();
      };
      for (const EdgeLine& line : record.edge_lines) {
        const size_t n = counts[count_key(record, line.key)];
        if (n < needed || line.silenced || line.reported) {
          flush();
          continue;
        }
        if (!run.empty() && run.back().first->line + 1 < line.line) flush();
        run.emplace_back(&line, n);
      }
      flush();
    }
  }

 private:
  void Report(const CorpusIndex& corpus, size_t document, const std::vector<std::pair<const EdgeLine*, size_t>>& run,
              size_t group, CorpusSink* sink) const {
    const DocumentRecord& record = corpus.documents()[document];
    Place place = run.front().first->place;
    place.span.end = run.back().first->place.span.end;
    place.end = run.back().first->place.end;
    size_t fewest = run.front().second;
    for (const auto& [line, n] : run) fewest = std::min(fewest, n);
    Diagnostic d;
    d.check = info().id;
    d.severity = info().default_severity;
    d.location = corpus.Where(document, place);
    d.text = std::string(run.front().first->surface);
    const std::string lines = run.size() == 1 ? Quoted(run.front().first->surface)
                                              : Quoted(run.front().first->surface) + " and " +
                                                    std::to_string(run.size() - 1) + " more line" +
                                                    (run.size() > 2 ? "s" : "");
    const std::string where = record.outlet.empty() ? "of the run" : "of " + Quoted(record.outlet);
    d.message = lines + " open or close " + std::to_string(fewest) + " of the " + std::to_string(group) +
                " documents " + where + ": site furniture, not the article; delete " + (run.size() == 1 ? "it" : "them");
    sink->Report(document, std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeRepeatedLinesCheck() { return std::make_unique<RepeatedLinesCheck>(); }

void RegisterBoilerplateChecks(CheckRegistry* registry) { registry->Add(MakeRepeatedLinesCheck()); }

}  // namespace translint
