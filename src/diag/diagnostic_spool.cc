#include "diag/diagnostic_spool.h"

#include <cstring>

namespace translint {

namespace {

size_t Footprint(const Location& l) { return sizeof(Location) + l.path.size() + l.line_text.size(); }

size_t Footprint(const Diagnostic& d) {
  size_t n = sizeof(Diagnostic) + d.check.size() + d.message.size() + d.text.size() + Footprint(d.location);
  for (const Note& note : d.notes) n += Footprint(note.location) + note.message.size();
  for (const Edit& e : d.fix) n += sizeof(Edit) + e.replacement.size();
  for (const std::string& s : d.suggestions) n += sizeof(std::string) + s.size();
  return n;
}

class Writer {
 public:
  explicit Writer(std::FILE* file) : file_(file) {}
  void Size(size_t v) { Bytes(&v, sizeof v); }
  void Str(const std::string& s) {
    Size(s.size());
    Bytes(s.data(), s.size());
  }
  void Where(const Location& l) {
    Str(l.path);
    Size(l.span.begin);
    Size(l.span.end);
    for (const Position& p : {l.start, l.end}) {
      Size(p.line);
      Size(p.column);
      Size(p.utf16_column);
    }
    Str(l.line_text);
    Size(l.excerpt_column);
    Size(l.excerpt_cut ? 1 : 0);
    Size(l.line_begin);
  }
  void Write(const Diagnostic& d) {
    Str(d.check);
    Size(static_cast<size_t>(d.severity));
    Where(d.location);
    Str(d.message);
    Str(d.text);
    Size(d.notes.size());
    for (const Note& n : d.notes) {
      Where(n.location);
      Str(n.message);
    }
    Size(d.fix.size());
    for (const Edit& e : d.fix) {
      Size(e.span.begin);
      Size(e.span.end);
      Str(e.replacement);
    }
    Size(d.suggestions.size());
    for (const std::string& s : d.suggestions) Str(s);
  }
  bool ok() const { return ok_; }

 private:
  void Bytes(const void* p, size_t n) { ok_ = ok_ && std::fwrite(p, 1, n, file_) == n; }
  std::FILE* file_;
  bool ok_ = true;
};

class Reader {
 public:
  explicit Reader(std::FILE* file) : file_(file) {}
  size_t Size() {
    size_t v = 0;
    Bytes(&v, sizeof v);
    return v;
  }
  std::string Str() {
    std::string s(ok_ ? Size() : 0, '\0');
    if (ok_) Bytes(s.data(), s.size());
    return s;
  }
  Location Where() {
    Location l;
    l.path = Str();
    l.span.begin = Size();
    l.span.end = Size();
    for (Position* p : {&l.start, &l.end}) {
      p->line = Size();
      p->column = Size();
      p->utf16_column = Size();
    }
    l.line_text = Str();
    l.excerpt_column = Size();
    l.excerpt_cut = Size() != 0;
    l.line_begin = Size();
    return l;
  }
  Diagnostic Read() {
    Diagnostic d;
    d.check = Str();
    d.severity = static_cast<Severity>(Size());
    d.location = Where();
    d.message = Str();
    d.text = Str();
    for (size_t n = Size(); n > 0 && ok_; --n) {
      Location where = Where();
      d.notes.push_back(Note{std::move(where), Str()});
    }
    for (size_t n = Size(); n > 0 && ok_; --n) {
      Edit e;
      e.span.begin = Size();
      e.span.end = Size();
      e.replacement = Str();
      d.fix.push_back(std::move(e));
    }
    for (size_t n = Size(); n > 0 && ok_; --n) d.suggestions.push_back(Str());
    return d;
  }
  bool ok() const { return ok_; }

 private:
  void Bytes(void* p, size_t n) { ok_ = ok_ && std::fread(p, 1, n, file_) == n; }
  std::FILE* file_;
  bool ok_ = true;
};

}  // namespace

DiagnosticSpool::~DiagnosticSpool() {
  if (file_ != nullptr) std::fclose(file_);
}

Status DiagnosticSpool::Spill() {
  if (file_ == nullptr && (file_ = std::tmpfile()) == nullptr) {
    return Status::Error(std::string("cannot create a temporary file for the findings: ") + std::strerror(errno));
  }
  Writer writer(file_);
  for (const Diagnostic& d : memory_findings_) writer.Write(d);
  if (!writer.ok()) return Status::Error("cannot write the findings to a temporary file (is the disk full?)");
  on_disk_ += memory_findings_.size();
  memory_findings_.clear();
  memory_ = 0;
  return Status::Ok();
}

Status DiagnosticSpool::Add(Diagnostic diagnostic) {
  memory_ += Footprint(diagnostic);
  memory_findings_.push_back(std::move(diagnostic));
  return memory_ > memory_limit_ ? Spill() : Status::Ok();
}

Status DiagnosticSpool::Drain(std::vector<Diagnostic> extra, const std::function<void(const Diagnostic&)>& out) {
  size_t next_extra = 0;
  const auto emit = [&](const Diagnostic& d) {
    while (next_extra < extra.size() && DiagnosticLess(extra[next_extra], d)) out(extra[next_extra++]);
    out(d);
  };
  if (file_ != nullptr) {
    std::rewind(file_);
    Reader reader(file_);
    for (size_t i = 0; i < on_disk_; ++i) {
      const Diagnostic d = reader.Read();
      if (!reader.ok()) return Status::Error("cannot read the findings back from their temporary file");
      emit(d);
    }
    std::fclose(file_);
    file_ = nullptr;
    on_disk_ = 0;
  }
  for (const Diagnostic& d : memory_findings_) emit(d);
  while (next_extra < extra.size()) out(extra[next_extra++]);
  memory_findings_.clear();
  memory_ = 0;
  return Status::Ok();
}

}  // namespace translint
