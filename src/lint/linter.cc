#include "lint/linter.h"

#include "rules/rule_cache.h"
#include "rules/rule_loader.h"
#include "text/segmenter.h"

namespace translint {

Linter::Linter(Config config, std::unique_ptr<RuleTable> table)
    : config_(std::move(config)), table_(std::move(table)), names_(std::make_unique<NameMatcher>(*table_)) {}

Result<std::unique_ptr<Linter>> Linter::Create(const Config& config, const std::vector<std::string>& rule_paths) {
  auto table = std::make_unique<RuleTable>();
  std::vector<std::string> paths = rule_paths;
  paths.insert(paths.end(), config.rules.begin(), config.rules.end());
  Status loaded = LoadRulePaths(paths, RuleCacheFolder(), table.get());
  if (!loaded.ok()) return loaded;
  for (const PreferredOverride& p : config.preferred) {
    Status s = table->OverridePreferred(p.entity, p.language, p.spelling, p.where);
    if (!s.ok()) return s;
  }
  Status s = table->Finalize();
  if (!s.ok()) return s;
  std::unique_ptr<Linter> linter(new Linter(config, std::move(table)));
  s = linter->VerifyExamples();
  if (!s.ok()) return s;
  return linter;
}

std::vector<Diagnostic> Linter::Lint(const Document& document) const { return Run(document, config_.checks); }

Linter::FixResult Linter::Fix(const Document& document) const { return FixWith(document, config_.checks); }

std::vector<Diagnostic> Linter::Run(const Document& document, const std::map<std::string, Severity>& severities) const {
  DiagnosticSink sink(&severities);
  const CheckRegistry& registry = BuiltinChecks();
  for (const auto& check : registry.checks()) {
    if (!check->CheckInput(document, &sink)) return sink.Take();
  }
  const std::vector<Span> prose = SegmentProse(document);
  const std::vector<Mention> mentions = names_->FindMentions(document, prose);
  const CheckContext context{document, prose, *names_, mentions};
  for (const auto& check : registry.checks()) {
    const auto it = severities.find(check->info().id);
    if (it != severities.end() && it->second == Severity::kOff) continue;
    check->CheckDocument(context, &sink);
  }
  return sink.Take();
}

Linter::FixResult Linter::FixWith(const Document& document, const std::map<std::string, Severity>& severities) const {
  FixResult result;
  for (const Diagnostic& d : Run(document, severities)) {
    if (!d.fix.empty() && result.edits.Add(d.fix)) ++result.fixed;
  }
  return result;
}

Status Linter::VerifyExamples() const {
  const std::map<std::string, Severity> defaults;
  for (const Entity& entity : table_->entities()) {
    for (const Example& example : entity.examples) {
      const Document doc(example.where.file, example.text, example.language, DocumentFormat::kPlainText);
      std::vector<Diagnostic> found;
      for (Diagnostic& d : Run(doc, defaults)) {
        if (d.check.rfind("names/", 0) == 0) found.push_back(std::move(d));
      }
      const std::string where = example.where.ToString() + ": example of \"" + entity.id + "\" ";
      if (example.must_flag && found.empty()) return Status::Error(where + "is not flagged: \"" + example.text + "\"");
      if (!example.must_flag && !found.empty()) {
        return Status::Error(where + "should pass but " + found[0].check + " reports: " + found[0].message);
      }
      if (example.fixed) {
        const std::string fixed = FixWith(doc, defaults).edits.Apply(doc.text());
        if (fixed != *example.fixed) {
          return Status::Error(where + "is fixed to \"" + fixed + "\", not to \"" + *example.fixed + "\"");
        }
      }
    }
  }
  return Status::Ok();
}

}  // namespace translint
