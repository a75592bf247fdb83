// DiagnosticSpool: holds the findings of a run, in output order, until the
// corpus checks have run after the last document, then hands them out merged
// with the corpus findings, still in output order (DiagnosticLess).
//
// Findings are kept in memory up to `memory_limit` bytes (roughly counted);
// past that they go on to an unnamed temporary file, one compact binary record
// each, and are read back in order, so an archive of any size holds only the
// recent findings in memory. Add() findings sorted; not thread-safe.
#pragma once

#include <cstdio>
#include <functional>
#include <vector>

#include "base/status.h"
#include "diag/diagnostic.h"

namespace translint {

class DiagnosticSpool {
 public:
  explicit DiagnosticSpool(size_t memory_limit = size_t{32} << 20) : memory_limit_(memory_limit) {}
  ~DiagnosticSpool();
  DiagnosticSpool(const DiagnosticSpool&) = delete;
  DiagnosticSpool& operator=(const DiagnosticSpool&) = delete;

  Status Add(Diagnostic diagnostic);
  // Calls `out` for every finding added and every one of `extra` (sorted), in
  // output order; empties the spool.
  Status Drain(std::vector<Diagnostic> extra, const std::function<void(const Diagnostic&)>& out);

  bool spilled() const { return file_ != nullptr; }

 private:
  Status Spill();

  size_t memory_limit_;
  size_t memory_ = 0;
  size_t on_disk_ = 0;  // findings in the file, all before those in memory
  std::vector<Diagnostic> memory_findings_;
  std::FILE* file_ = nullptr;
};

}  // namespace translint
