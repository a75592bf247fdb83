// Progress: for long runs on a terminal, one line on standard error —
// "translint: 1,234/25,886 files · 12.3 of 50.1 MB · 5.6 MB/s · 0:05 left" —
// redrawn at most ten times a second and cleared when the run ends. Shown when
// standard error is a terminal, or as --progress / --no-progress say.
// Advance() may be called from any thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>

#include "cli/options.h"

namespace translint {

// Whether a run with these options shows the progress line.
bool ShowProgress(const Options& options);

class Progress {
 public:
  // A disabled Progress draws nothing.
  Progress(std::ostream& err, bool enabled, size_t files, uint64_t bytes);
  ~Progress() { Finish(); }

  // `files` more files and `bytes` more bytes are done.
  void Advance(size_t files, uint64_t bytes);
  // Clears the line (once).
  void Finish();

 private:
  void Draw(std::chrono::steady_clock::time_point now);

  std::ostream& err_;
  bool enabled_;
  const size_t total_files_;
  const uint64_t total_bytes_;
  std::mutex mutex_;
  size_t files_ = 0;
  uint64_t bytes_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace translint
