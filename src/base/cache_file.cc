#include "base/cache_file.h"

#include <chrono>
#include <filesystem>

#include "base/file_io.h"

namespace translint {

namespace fs = std::filesystem;

std::optional<std::string> ReadCacheFile(const std::string& path) {
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return std::nullopt;
  std::error_code ec;  // mark as used, so pruning keeps it
  fs::last_write_time(path, fs::file_time_type::clock::now(), ec);
  return std::move(*bytes);
}

void WriteCacheFile(const std::string& path, const std::string& contents) {
  const fs::path file(path);
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  if (!WriteFileAtomically(path, contents, std::nullopt).ok()) return;
  const auto week_ago = fs::file_time_type::clock::now() - std::chrono::hours(24 * 7);
  for (const auto& entry : fs::directory_iterator(file.parent_path(), ec)) {
    if (entry.path().extension() == file.extension() && entry.last_write_time(ec) < week_ago) {
      fs::remove(entry.path(), ec);
    }
  }
}

}  // namespace translint
