#include "lint/linter.h"

#include "base/utf8.h"
#include "check/names/unlisted_names.h"

#include <algorithm>
#include <future>

#include "base/cache_file.h"
#include "base/file_io.h"
#include "bilingual/alignment.h"
#include "base/hash.h"
#include "base/suggest.h"
#include "check/input/input_checks.h"
#include "check/patterns/pattern_rules.h"
#include "lint/corpus_record.h"
#include "match/name_form_cache.h"
#include "lint/suppressions.h"
#include "rules/rule_cache.h"
#include "rules/rule_loader.h"
#include "text/segmenter.h"

namespace translint {

namespace {

// The name forms of `table`: read back from the cache (keyed by this program,
// the table and the schemes), else expanded and cached.
std::vector<NameForm> CachedForms(const RuleTable& table, const SchemeSet* schemes) {
  const std::string folder = RuleCacheFolder();
  const std::string program = ProgramIdentity();
  if (folder.empty() || program.empty()) return ExpandForms(table, schemes);
  uint64_t key = Hash64(SerializeRules(table), Hash64(program));
  key = Hash64(schemes != nullptr ? std::to_string(schemes->key()) : "no schemes", key);
  const std::string path = folder + "/forms/" + HashHex(key) + ".forms";
  if (std::optional<std::string> bytes = ReadCacheFile(path)) {
    if (std::optional<std::vector<NameForm>> forms = DeserializeForms(*bytes, table)) return std::move(*forms);
  }
  std::vector<NameForm> forms = ExpandForms(table, schemes);
  WriteCacheFile(path, SerializeForms(forms, table));
  return forms;
}

}  // namespace

Linter::Linter(Config config, std::unique_ptr<RuleTable> table, std::unique_ptr<SchemeSet> schemes)
    : config_(std::move(config)),
      table_(std::move(table)),
      schemes_(std::move(schemes)),
      names_(std::make_unique<NameMatcher>(*table_, CachedForms(*table_, schemes_.get()))) {}

namespace {

// The Hunspell dictionaries `config` needs (none when every check that asks the
// dictionary is off).
std::vector<std::string> DictionaryNames(const Config& config) {
  const auto off = [&](const char* id) {
    const auto it = config.checks.find(id);
    return it != config.checks.end() && it->second == Severity::kOff;
  };
  // Spelling needs the dictionary, and so does telling names from common words.
  if (off("spelling/unknown-word") && off("names/unlisted-variants") && off("names/unlisted-variants-across")) {
    return {};
  }
  return config.dictionary.empty() ? Speller::DictionariesFor(config.language)
                                   : std::vector<std::string>{config.dictionary};
}

}  // namespace

Result<std::unique_ptr<Linter>> Linter::Create(const Config& config, const std::vector<std::string>& rule_paths,
                                               const std::string& schemes_folder) {
  // Loading the dictionaries is the longest part of start-up (about 0.1 s): it
  // runs while the tables load and compile.
  std::future<Result<std::unique_ptr<Speller>>> speller;
  if (const std::vector<std::string> names = DictionaryNames(config); !names.empty()) {
    speller = std::async(std::launch::async, [names] { return Speller::Open(names, Speller::DefaultFolders(), RuleCacheFolder()); });
  }
  auto table = std::make_unique<RuleTable>();
  std::vector<std::string> paths = rule_paths;
  paths.insert(paths.end(), config.rules.begin(), config.rules.end());
  Status s = LoadRulePaths(paths, RuleCacheFolder(), table.get());
  if (!s.ok()) return s;
  for (const PreferredOverride& p : config.preferred) {
    if (!(s = table->OverridePreferred(p.entity, p.language, p.spelling, p.where)).ok()) return s;
  }
  for (const VariantAddition& v : config.variants) {
    if (!(s = table->AddVariant(v.entity, v.spelling, v.where)).ok()) return s;
  }
  if (!(s = table->Finalize()).ok()) return s;
  // Compiling the schemes costs ~50 ms: only when some entity has an original form.
  const bool originals = std::any_of(table->entities().begin(), table->entities().end(),
                                     [](const Entity& e) { return !e.original.empty(); });
  std::unique_ptr<SchemeSet> schemes;
  if (!schemes_folder.empty() && originals && config.generated_variants) {
    Result<SchemeSet> loaded = SchemeSet::Load(schemes_folder, RuleCacheFolder());
    if (!loaded.ok()) return loaded.status();
    schemes = std::make_unique<SchemeSet>(std::move(*loaded));
  }
  std::unique_ptr<Linter> linter(new Linter(config, std::move(table), std::move(schemes)));
  if (linter->schemes_ != nullptr) linter->schemes_->SaveMemo();  // the generated spellings, for the next start
  if (!(s = linter->Build(std::move(speller))).ok()) return s;
  return linter;
}

Status Linter::Build(std::future<Result<std::unique_ptr<Speller>>> speller) {
  std::vector<bool> off;
  for (const PatternRule& rule : table_->patterns()) off.push_back(IsOff(rule.id));
  Result<std::unique_ptr<PatternSet>> patterns = PatternSet::Build(table_->patterns(), off, RuleCacheFolder());
  if (!patterns.ok()) return patterns.status();
  patterns_ = std::move(*patterns);
  Status s = CheckConfiguredIds();
  if (!s.ok()) return s;
  if (!(s = OpenSpeller(std::move(speller))).ok()) return s;
  return VerifyExamples();
}

Status Linter::OpenSpeller(std::future<Result<std::unique_ptr<Speller>>> opening) {
  if (!opening.valid()) return Status::Ok();  // not needed, or no dictionary for this language
  Result<std::unique_ptr<Speller>> speller = opening.get();
  if (!speller.ok()) {
    // A dictionary the project asked for must exist; a default one may be missing.
    if (!config_.dictionary.empty()) return Status::Error(config_.dictionary_where.ToString() + ": " + speller.status().message());
    speller_problem_ = speller.status().message();
    return Status::Ok();
  }
  speller_ = std::move(*speller);
  for (const NameForm& form : names_->forms()) {  // every word of every name, generated ones too
    if (form.is_exception) continue;
    size_t pos = 0;
    while (pos < form.text.size()) {
      const size_t end = std::min(form.text.find_first_of(" -.,", pos), form.text.size());
      if (end > pos) speller_->Add(form.text.substr(pos, end - pos));
      pos = end + 1;
    }
  }
  for (const std::string& word : table_->words()) speller_->Add(word);
  for (const std::string& word : config_.words) speller_->Add(word);
  for (const std::string& list : config_.wordlists) {
    Result<std::string> text = ReadFile(list);
    if (!text.ok()) return text.status();
    size_t pos = 0;
    while (pos < text->size()) {
      const size_t end = std::min(text->find('\n', pos), text->size());
      std::string word = text->substr(pos, end - pos);
      while (!word.empty() && (word.back() == '\r' || word.back() == ' ')) word.pop_back();
      if (!word.empty() && word[0] != '#') speller_->Add(word);
      pos = end + 1;
    }
  }
  return Status::Ok();
}

std::vector<CheckInfo> Linter::CheckInfos() const {
  std::vector<CheckInfo> infos;
  for (const auto& check : BuiltinChecks().checks()) infos.push_back(check->info());
  for (const PatternRule& rule : table_->patterns()) infos.push_back(PatternCheckInfo(rule));
  std::sort(infos.begin(), infos.end(), [](const CheckInfo& a, const CheckInfo& b) { return a.id < b.id; });
  return infos;
}

Status Linter::CheckConfiguredIds() const {
  std::vector<std::string> ids;
  for (const CheckInfo& info : CheckInfos()) ids.push_back(info.id);
  for (const PatternRule& rule : table_->patterns()) {
    if (BuiltinChecks().Find(rule.id) != nullptr) {
      return Status::Error(rule.where.ToString() + ": pattern id \"" + rule.id + "\" is the id of a built-in check");
    }
  }
  for (const auto& [id, where] : config_.check_locations) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      return Status::Error(where.ToString() + ": unknown check \"" + id + "\"" + DidYouMean(id, ids) +
                           "; `translint checks` lists them");
    }
  }
  return Status::Ok();
}

ReadOptions Linter::read_options() const {
  ReadOptions options;
  options.language = config_.language;
  options.fields = config_.archive;
  return options;
}

namespace {

// A monolingual document's source in another file (`--source DIR`, or
// "a.ru.md" beside "a.en.md"), aligned paragraph by paragraph.
void PairWithSource(Document* document, const ReadOptions& options, const std::string& source_language) {
  std::vector<std::string> languages = SourceLanguageInfixes();
  if (!source_language.empty()) languages.insert(languages.begin(), source_language);
  const std::string path =
      options.source_path.empty() ? SiblingSource(document->path(), document->language(), languages) : options.source_path;
  if (path.empty()) return;
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return document->SetUnaligned(bytes.status().message() + ": the source cannot be read; check --source");
  ReadOptions source_options = options;
  source_options.source_path.clear();
  source_options.format.reset();
  // The source's language: the configuration's, else the file name's ("a.ru.md"), else Russian.
  std::string language = source_language;
  for (const std::string& l : SourceLanguageInfixes()) {
    if (language.empty() && path.find("." + l + ".") != std::string::npos) language = l;
  }
  source_options.language = language.empty() ? "ru" : language;
  DocumentBatch source = ReadDocuments(path, std::move(*bytes), source_options);
  if (source.documents.size() != 1) return document->SetUnaligned(path + " holds no single document to be the source");
  AttachSource(document, std::shared_ptr<const Document>(std::move(source.documents[0])));
}

}  // namespace

DocumentBatch Linter::Read(const std::string& path, std::string bytes, const ReadOptions& options,
                           std::vector<Diagnostic>* problems, size_t file_offset, size_t first_line) const {
  DocumentBatch batch = ReadDocuments(path, std::move(bytes), options, file_offset, first_line);
  const InputFormat format = options.format.value_or(InputFormatForPath(path));
  if (batch.documents.size() == 1 && batch.documents[0]->units().empty() &&
      (format == InputFormat::kMarkdown || format == InputFormat::kPlainText) &&
      FindInvalidUtf8(batch.documents[0]->text()) == std::string_view::npos) {
    PairWithSource(batch.documents[0].get(), options, config_.source_language);
  }
  DiagnosticSink sink(&config_.checks);
  for (const RecordProblem& p : batch.problems) sink.Report(InvalidRecordDiagnostic(path, p));
  std::vector<Diagnostic> found = sink.Take();
  problems->insert(problems->end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  return batch;
}

bool Linter::IsOff(const std::string& id) const {
  const auto it = config_.checks.find(id);
  return it != config_.checks.end() && it->second == Severity::kOff;
}

bool Linter::CorpusChecksOn() const {
  for (const auto& check : BuiltinChecks().checks()) {
    if (check->info().scope == CheckScope::kCorpus && !IsOff(check->info().id)) return true;
  }
  return false;
}

std::vector<Diagnostic> Linter::Lint(const Document& document) const { return Run(document, config_.checks); }

void Linter::PrepareFor(size_t bytes) const {
  // Compiling the prefilter (~1.5 s once, then cached) pays for itself over a
  // few MB: ICU spends about 0.2 s per MB searching every paragraph.
  constexpr size_t kPrefilterBytes = size_t{4} << 20;
  if (bytes >= kPrefilterBytes) patterns_->CompilePrefilter();
}

Linter::Analysis Linter::Analyze(const Document& document) const {
  Analysis analysis;
  analysis.diagnostics = Run(document, config_.checks, &analysis.record);
  return analysis;
}

std::vector<Diagnostic> Linter::CheckCorpus(const CorpusIndex& corpus) {
  CorpusSink sink(corpus);
  for (const auto& check : BuiltinChecks().checks()) {
    if (check->info().scope == CheckScope::kCorpus) check->CheckCorpus(corpus, &sink);
  }
  return sink.Take();
}

std::string Linter::Fingerprint() const {
  uint64_t hash = Hash64(TRANSLINT_VERSION);
  hash = Hash64(ConfigToYaml(config_), hash);
  hash = Hash64(SerializeRules(*table_), hash);
  for (const std::string& name : DictionaryNames(config_)) hash = Hash64(name + "\n", hash);
  hash = Hash64(schemes_ ? "schemes" : "no schemes", hash);
  return HashHex(hash);
}

Linter::FixResult Linter::Fix(const Document& document) const { return FixWith(document, config_.checks); }

template <typename Use>
auto Linter::WithContext(const Document& document, bool full_names, Use use) const {
  const std::vector<Span> prose = SegmentProse(document);
  const ProseViews views(document.text(), prose);
  const std::vector<Mention> mentions = names_->FindMentions(document, views);
  // The dictionaries are the configuration language's: a document that declares
  // another language is not spell-checked (rather than flagged word by word).
  const bool own_language = document.language() == config_.language;
  CheckContext context{document, prose, views, *names_, mentions, patterns_.get(),
                       own_language ? speller_.get() : nullptr, own_language ? speller_problem_ : std::string()};
  context.schemes = schemes_.get();
  const std::vector<SourceSide> sources = ReadSourceSides(document, *names_, config_.source_language);
  if (!document.units().empty()) context.sources = &sources;
  std::vector<NameOccurrence> names;
  std::vector<NearMention> near;
  if (full_names) {
    names = FindUnlistedNames(context, NameScope::kFullNames);
    near = names_->near().Find(names, document.language());
    std::vector<NearMention> given = names_->near().FindGivenNames(document.text(), mentions, document.language());
    near.insert(near.end(), given.begin(), given.end());
    std::sort(near.begin(), near.end(), [](const NearMention& a, const NearMention& b) { return a.span.begin < b.span.begin; });
    context.full_names = &names;
    context.near_mentions = &near;
  }
  return use(static_cast<const CheckContext&>(context));
}

std::vector<Diagnostic> Linter::Run(const Document& document, const Severities& severities,
                                    DocumentRecord* record) const {
  DiagnosticSink sink(&severities);
  const CheckRegistry& registry = BuiltinChecks();
  for (const auto& check : registry.checks()) {
    if (!check->CheckInput(document, &sink)) return sink.Take();
  }
  const auto off = [&](const char* id) {
    const auto it = severities.find(id);
    return it != severities.end() && it->second == Severity::kOff;
  };
  const bool source_names = !document.units().empty() && (!off("source/name-rendering") || !off("source/missing-name"));
  const bool full_names = !off("names/unlisted-variants-across") || !off("names/unlisted-spelling") || source_names;
  return WithContext(document, full_names, [&](const CheckContext& context) {
    for (const auto& check : registry.checks()) {
      const auto it = severities.find(check->info().id);
      if (it != severities.end() && it->second == Severity::kOff) continue;
      check->CheckDocument(context, &sink);
    }
    RunPatternRules(context, &sink);
    return Finish(context, sink.Take(), record);
  });
}

namespace {

// A finding that a more telling one covers is dropped: what other checks find
// inside a line of site furniture, which is deleted whole ("Читайте также" is no
// untranslated Russian) or inside a segment left untranslated, and a spelling
// finding inside a name a name check reports ("Tokyaev" of "Kassym-Jomart
// Tokyaev"), a name source/name-rendering reports included.
void DropCovered(std::vector<Diagnostic>* found) {
  enum Covers { kEveryCheck, kSpelling, kSpellingAndUnlisted };
  std::vector<std::pair<Span, Covers>> covering;
  for (const Diagnostic& d : *found) {
    if (d.check.rfind("boilerplate/", 0) == 0 && !d.fix.empty()) covering.emplace_back(d.location.span, kEveryCheck);
    if (d.check == "source/untranslated") covering.emplace_back(d.location.span, kEveryCheck);
    if (d.check.rfind("names/", 0) == 0) covering.emplace_back(d.location.span, kSpelling);
    if (d.check == "source/name-rendering") covering.emplace_back(d.location.span, kSpellingAndUnlisted);
  }
  if (covering.empty()) return;
  const auto covered = [&](const Diagnostic& d) {
    if (d.check.rfind("boilerplate/", 0) == 0 || d.check.rfind("source/", 0) == 0) return false;
    const bool spelling = d.check == "spelling/unknown-word";
    const bool unlisted = d.check == "names/unlisted-spelling";
    return std::any_of(covering.begin(), covering.end(), [&](const auto& c) {
      const bool covers = c.second == kEveryCheck || spelling || (unlisted && c.second == kSpellingAndUnlisted);
      return covers && c.first.begin <= d.location.span.begin && d.location.span.end <= c.first.end;
    });
  };
  found->erase(std::remove_if(found->begin(), found->end(), covered), found->end());
}

}  // namespace

std::vector<Diagnostic> Linter::Finish(const CheckContext& context, std::vector<Diagnostic> found,
                                       DocumentRecord* record) const {
  const Document& document = context.document;
  // Comments are read in the file's bytes (an HTML comment is no text), and
  // findings already point there.
  const Suppressions suppressions(document.source_text());
  const size_t base = document.source_offset();
  if (!suppressions.empty()) {
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Diagnostic& d) {
                                 return suppressions.Suppressed(d.check, d.location.span.begin - base);
                               }),
                found.end());
  }
  DropCovered(&found);
  for (Diagnostic& d : found) {
    if (d.fix.empty()) continue;
    std::optional<std::vector<Edit>> edits = document.ToSourceEdits(d.fix);
    d.fix = edits ? std::move(*edits) : std::vector<Edit>{};
  }
  if (record != nullptr) *record = MakeDocumentRecord(context, found, suppressions, &config_.checks);
  return found;
}

DocumentRecord Linter::RecordNames(const Document& document) const {
  if (FindInvalidUtf8(document.text()) != std::string_view::npos) return DocumentRecord{};
  return WithContext(document, true, [&](const CheckContext& context) {
    return MakeDocumentRecord(context, {}, Suppressions(""), &config_.checks);
  });
}

std::vector<Mention> Linter::Mentions(const Document& document) const {
  if (FindInvalidUtf8(document.text()) != std::string_view::npos) return {};
  const std::vector<Span> prose = SegmentProse(document);
  return names_->FindMentions(document, ProseViews(document.text(), prose));
}

Linter::FixResult Linter::FixWith(const Document& document, const Severities& severities) const {
  FixResult result;
  for (const Diagnostic& d : Run(document, severities)) {
    if (d.fix.empty() || !result.edits.Add(d.fix)) continue;
    ++result.fixed;
    for (const Edit& e : d.fix) result.applied.push_back({e, d.check});
  }
  std::stable_sort(result.applied.begin(), result.applied.end(),
                   [](const FixResult::Applied& a, const FixResult::Applied& b) {
                     return a.edit.span.begin < b.edit.span.begin;
                   });
  return result;
}

Status Linter::VerifyExample(const Example& example, const std::string& owner,
                             const std::function<bool(const Diagnostic&)>& ours) const {
  // Examples show names and patterns: spelling suggestions (slow) never matter.
  const Severities defaults{{"spelling/unknown-word", Severity::kOff}};
  Document doc(example.where.file, example.text, example.language, DocumentFormat::kPlainText);
  if (!example.source.empty()) {  // a source-conditioned rule's example: one unit, the whole text its target
    TranslationUnit unit;
    unit.target = Span{0, example.text.size()};
    unit.source = example.source;
    doc.SetUnits({std::move(unit)}, "ru");
  }
  std::vector<Diagnostic> found;
  EditSet edits;
  for (Diagnostic& d : Run(doc, defaults)) {
    if (!ours(d)) continue;
    if (!d.fix.empty()) edits.Add(d.fix);
    found.push_back(std::move(d));
  }
  const std::string where = example.where.ToString() + ": example of \"" + owner + "\" ";
  if (example.must_flag && found.empty()) return Status::Error(where + "is not flagged: \"" + example.text + "\"");
  if (!example.must_flag && !found.empty()) {
    return Status::Error(where + "should pass but " + found[0].check + " reports: " + found[0].message);
  }
  if (example.fixed) {
    const std::string fixed = edits.Apply(doc.text());
    if (fixed != *example.fixed) {
      return Status::Error(where + "is fixed to \"" + fixed + "\", not to \"" + *example.fixed + "\"");
    }
  }
  return Status::Ok();
}

std::string Linter::ExamplesMark() const {
  const std::string folder = RuleCacheFolder();
  if (folder.empty()) return "";
  const std::string program = ProgramIdentity();
  if (program.empty()) return "";
  uint64_t key = Hash64(Fingerprint(), Hash64(program));
  key = Hash64(std::to_string(schemes_ ? schemes_->key() : 0) + "/" + std::to_string(speller_ ? speller_->key() : 0), key);
  for (const std::string& list : config_.wordlists) {
    Result<std::string> text = ReadFile(list);
    key = Hash64(text.ok() ? *text : list, key);
  }
  return folder + "/examples/" + HashHex(key) + ".ok";
}

Status Linter::VerifyExamples() const {
  const std::string mark = ExamplesMark();
  if (!mark.empty() && ReadCacheFile(mark)) return Status::Ok();
  const auto is_name_check = [](const Diagnostic& d) { return d.check.rfind("names/", 0) == 0; };
  for (const Entity& entity : table_->entities()) {
    for (const Example& example : entity.examples) {
      // Written for the shipped house form, which the project replaced.
      if (entity.overridden.count(example.language)) continue;
      Status s = VerifyExample(example, entity.id, is_name_check);
      if (!s.ok()) return s;
    }
  }
  for (const PatternRule& rule : table_->patterns()) {
    if (IsOff(rule.id)) continue;  // never scanned, so never flags its examples
    for (const Example& example : rule.examples) {
      Status s = VerifyExample(example, rule.id, [&](const Diagnostic& d) { return d.check == rule.id; });
      if (!s.ok()) return s;
    }
  }
  if (!mark.empty()) WriteCacheFile(mark, "");
  return Status::Ok();
}

}  // namespace translint
