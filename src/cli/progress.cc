#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

#include "base/number_text.h"

namespace translint {

namespace {

constexpr std::chrono::milliseconds kRedrawEvery{100};

}  // namespace

bool ShowProgress(const Options& options) {
  if (options.progress >= 0) return options.progress == 1;
  return ::isatty(STDERR_FILENO) != 0;
}

Progress::Progress(std::ostream& err, bool enabled, size_t files, uint64_t bytes)
    : err_(err), enabled_(enabled), total_files_(files), total_bytes_(bytes) {
  start_ = std::chrono::steady_clock::now();
  last_draw_ = start_ - kRedrawEvery;
}

void Progress::Advance(size_t files, uint64_t bytes) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  files_ += files;
  bytes_ += bytes;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ >= kRedrawEvery) Draw(now);
}

void Progress::Draw(std::chrono::steady_clock::time_point now) {
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double mb = static_cast<double>(bytes_) / 1e6, total_mb = static_cast<double>(total_bytes_) / 1e6;
  const bool small = total_bytes_ < 10000000;  // in kB
  char line[160];
  int n = std::snprintf(line, sizeof line, "\rtranslint: %s/%s files · %.1f of %.1f %s", Thousands(static_cast<int64_t>(files_)).c_str(),
                        Thousands(static_cast<int64_t>(total_files_)).c_str(), small ? mb * 1000 : mb, small ? total_mb * 1000 : total_mb,
                        small ? "kB" : "MB");
  if (seconds > 0.2 && bytes_ > 0) {
    const double rate = mb / seconds;
    const double left = rate > 0 ? (total_mb - mb) / rate : 0;
    const long whole = static_cast<long>(left + 0.5);
    n += std::snprintf(line + n, sizeof line - static_cast<size_t>(n), " · %.1f MB/s · %ld:%02ld left", rate,
                       whole / 60, whole % 60);
  }
  err_ << line << "\033[K" << std::flush;
  drawn_ = true;
}

void Progress::Finish() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (drawn_) err_ << "\r\033[K" << std::flush;
  enabled_ = false;
}

}  // namespace translint
