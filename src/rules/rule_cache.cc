#include "rules/rule_cache.h"

#include <cstdlib>
#include <cstring>
#include <functional>
#include <string_view>
#include <unordered_map>

namespace translint {

namespace {

constexpr char kMagic[] = "translint-rules-v8";

// Source file names repeat in every location: both sides keep a table of them.
class Writer {
 public:
  void U32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Str(const std::string& s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Where(const SourceLocation& w) {
    const auto [it, added] = files_.emplace(w.file, static_cast<uint32_t>(files_.size()));
    U32(it->second);
    if (added) Str(w.file);
    U32(static_cast<uint32_t>(w.line));
    U32(static_cast<uint32_t>(w.column));
  }
  void Spell(const Spelling& s) {
    Str(s.text);
    U32(static_cast<uint32_t>(s.tag));
    Str(s.valid_from);
    Str(s.valid_until);
    Where(s.where);
  }
  void Strings(const std::vector<std::string>& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) Str(s);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  std::unordered_map<std::string, uint32_t> files_;
};

class Reader {
 public:
  explicit Reader(const std::string& in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == in_.size(); }

  uint32_t U32() {
    uint32_t v = 0;
    if (!Need(sizeof v)) return 0;
    std::memcpy(&v, in_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  std::string Str() {
    const uint32_t n = U32();
    if (!Need(n)) return "";
    std::string s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  SourceLocation Where() {
    SourceLocation w;
    const uint32_t file = U32();
    if (file == files_.size()) files_.push_back(Str());
    w.file = file < files_.size() ? files_[file] : (ok_ = false, "");
    w.line = static_cast<int>(U32());
    w.column = static_cast<int>(U32());
    return w;
  }
  Spelling Spell() {
    Spelling s;
    s.text = Str();
    s.tag = static_cast<SpellingTag>(Bounded(U32(), SpellingTagNames().size()));
    s.valid_from = Str();
    s.valid_until = Str();
    s.where = Where();
    return s;
  }
  std::vector<std::string> Strings() {
    std::vector<std::string> v(Count());
    for (std::string& s : v) s = Str();
    return v;
  }
  // An element count, refused when larger than what is left could hold.
  uint32_t Count() {
    const uint32_t n = U32();
    return Need(n) ? n : 0;
  }
  uint32_t Bounded(uint32_t v, size_t limit) {
    if (v >= limit) ok_ = false;
    return ok_ ? v : 0;
  }

 private:
  bool Need(size_t n) {
    if (!ok_ || in_.size() - pos_ < n) ok_ = false;
    return ok_;
  }
  const std::string& in_;
  size_t pos_ = 0;
  bool ok_ = true;
  std::vector<std::string> files_;
};

void WriteExamples(const std::vector<Example>& examples, Writer* w) {
  w->U32(static_cast<uint32_t>(examples.size()));
  for (const Example& x : examples) {
    w->U32(x.must_flag ? 1 : 0);
    w->Str(x.text);
    w->U32(x.fixed ? 1 : 0);
    w->Str(x.fixed.value_or(""));
    w->Str(x.language);
    w->Str(x.source);
    w->Where(x.where);
  }
}

std::vector<Example> ReadExamples(Reader* r) {
  std::vector<Example> examples;
  for (uint32_t n = r->Count(); n > 0 && r->ok(); --n) {
    Example x;
    x.must_flag = r->U32() != 0;
    x.text = r->Str();
    const bool has_fixed = r->U32() != 0;
    std::string fixed = r->Str();
    if (has_fixed) x.fixed = std::move(fixed);
    x.language = r->Str();
    x.source = r->Str();
    x.where = r->Where();
    examples.push_back(std::move(x));
  }
  return examples;
}

void WritePattern(const PatternRule& p, Writer* w) {
  w->Str(p.id);
  w->Str(p.message);
  w->Strings(p.phrases);
  w->Str(p.pattern);
  w->Str(p.severity);
  w->U32(static_cast<uint32_t>(p.fix));
  w->Str(p.replacement);
  w->Strings(p.languages);
  WriteExamples(p.examples, w);
  w->Str(p.unless);
  w->U32(p.first_only ? 1 : 0);
  w->Str(p.source);
  w->Where(p.where);
  w->Where(p.pattern_where);
  w->Where(p.unless_where);
  w->Where(p.source_where);
}

PatternRule ReadPattern(Reader* r) {
  PatternRule p;
  p.id = r->Str();
  p.message = r->Str();
  p.phrases = r->Strings();
  p.pattern = r->Str();
  p.severity = r->Str();
  p.fix = static_cast<FixMode>(r->Bounded(r->U32(), FixModeNames().size()));
  p.replacement = r->Str();
  p.languages = r->Strings();
  p.examples = ReadExamples(r);
  p.unless = r->Str();
  p.first_only = r->U32() != 0;
  p.source = r->Str();
  p.where = r->Where();
  p.pattern_where = r->Where();
  p.unless_where = r->Where();
  p.source_where = r->Where();
  return p;
}

void WriteEntity(const Entity& e, Writer* w) {
  w->Str(e.id);
  w->U32(static_cast<uint32_t>(e.kind));
  w->U32(static_cast<uint32_t>(e.original.size()));
  for (const auto& [lang, text] : e.original) {
    w->Str(lang);
    w->Str(text);
  }
  w->U32(static_cast<uint32_t>(e.preferred.size()));
  for (const auto& [lang, s] : e.preferred) {
    w->Str(lang);
    w->Spell(s);
  }
  w->U32(static_cast<uint32_t>(e.variants.size()));
  for (const Spelling& s : e.variants) w->Spell(s);
  w->Strings(e.distinct_from);
  w->Strings(e.exceptions);
  w->Str(e.source);
  WriteExamples(e.examples, w);
  w->Where(e.where);
}

Entity ReadEntity(Reader* r) {
  Entity e;
  e.id = r->Str();
  e.kind = static_cast<EntityKind>(r->Bounded(r->U32(), EntityKindNames().size()));
  for (uint32_t n = r->Count(); n > 0 && r->ok(); --n) {
    std::string lang = r->Str();
    e.original[lang] = r->Str();
  }
  for (uint32_t n = r->Count(); n > 0 && r->ok(); --n) {
    std::string lang = r->Str();
    e.preferred[lang] = r->Spell();
  }
  for (uint32_t n = r->Count(); n > 0 && r->ok(); --n) e.variants.push_back(r->Spell());
  e.distinct_from = r->Strings();
  e.exceptions = r->Strings();
  e.source = r->Str();
  e.examples = ReadExamples(r);
  e.where = r->Where();
  return e;
}

// Mixes one string (and its length, so ("ab","c") != ("a","bc")) into the key.
uint64_t Mix(uint64_t hash, const std::string& bytes) {
  const uint64_t h = std::hash<std::string_view>{}(bytes) ^ (uint64_t{bytes.size()} * 0x9E3779B97F4A7C15ULL);
  return (hash ^ h) * 0x100000001B3ULL + 0x632BE59BD9B4E019ULL;
}

}  // namespace

std::string RuleCacheFolder() {
  if (std::getenv("TRANSLINT_NO_CACHE") != nullptr) return "";
  if (const char* dir = std::getenv("TRANSLINT_CACHE_DIR")) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::string(xdg) + "/translint";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.cache/translint";
  }
  return "";
}

uint64_t RuleCacheKey(const std::vector<std::pair<std::string, std::string>>& files) {
  uint64_t hash = Mix(14695981039346656037ULL, kMagic);
  for (const auto& [path, contents] : files) hash = Mix(Mix(hash, path), contents);
  return hash;
}

std::string SerializeRules(const RuleTable& table) {
  Writer w;
  w.Str(kMagic);
  w.U32(static_cast<uint32_t>(table.entities().size()));
  for (const Entity& e : table.entities()) WriteEntity(e, &w);
  w.U32(static_cast<uint32_t>(table.patterns().size()));
  for (const PatternRule& p : table.patterns()) WritePattern(p, &w);
  w.U32(static_cast<uint32_t>(table.words().size()));
  for (const std::string& word : table.words()) w.Str(word);
  return w.Take();
}

bool DeserializeRules(const std::string& bytes, RuleTable* table) {
  Reader r(bytes);
  if (r.Str() != kMagic || !r.ok()) return false;
  std::vector<Entity> entities;
  const uint32_t count = r.Count();
  entities.reserve(count);
  for (uint32_t n = count; n > 0 && r.ok(); --n) entities.push_back(ReadEntity(&r));
  std::vector<PatternRule> patterns;
  for (uint32_t n = r.Count(); n > 0 && r.ok(); --n) patterns.push_back(ReadPattern(&r));
  std::vector<std::string> words;
  for (uint32_t n = r.Count(); n > 0 && r.ok(); --n) words.push_back(r.Str());
  if (!r.ok() || !r.AtEnd()) return false;
  table->AddEntities(std::move(entities));
  table->AddPatterns(std::move(patterns));
  table->AddWords(std::move(words));
  return true;
}

}  // namespace translint
