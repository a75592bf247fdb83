#include "base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace translint {
namespace fs = std::filesystem;

namespace {

Status ErrnoStatus(const std::string& what, const std::string& path) {
  return Status::Error(path + ": " + what + ": " + std::strerror(errno));
}

bool HasExtension(const fs::path& path, const std::vector<std::string>& extensions) {
  const std::string ext = path.extension().string();
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

Status WriteAll(int fd, const std::string& contents, const std::string& path) {
  size_t done = 0;
  while (done < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ErrnoStatus("cannot write", path);
    }
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> ReadStream(std::FILE* stream) {
  std::string data;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, stream)) > 0) data.append(buffer, n);
  if (std::ferror(stream)) return Status::Error(std::string("cannot read: ") + std::strerror(errno));
  return data;
}

Result<std::string> ReadFileRange(const std::string& path, size_t offset, size_t length) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus("cannot open", path);
  std::string data(length, '\0');
  size_t got = 0;
  while (got < length) {
    const ssize_t n = ::pread(fd, data.data() + got, length - got, static_cast<off_t>(offset + got));
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const Status s = ErrnoStatus("cannot read", path);
      ::close(fd);
      return s;
    }
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  data.resize(got);
  return data;
}

namespace {

// The line in `window` (which starts at byte `window_begin` of a text of
// `total` bytes) that holds byte `offset`.
std::string LineInWindow(std::string_view window, size_t window_begin, size_t total, size_t offset) {
  const size_t at = std::min(offset - window_begin, window.size());
  const size_t nl = at == 0 ? std::string_view::npos : window.rfind('\n', at - 1);
  if (nl == std::string_view::npos && window_begin > 0) return "";  // the line starts before the window
  size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
  size_t end = window.find('\n', at);
  if (end == std::string_view::npos) {
    if (window_begin + window.size() < total) return "";  // it ends after the window
    end = window.size();
  }
  if (end > begin && window[end - 1] == '\r') --end;
  if (window_begin + begin == 0 && window.substr(0, 3) == "\xEF\xBB\xBF") begin = std::min<size_t>(3, end);
  return std::string(window.substr(begin, end - begin));
}

}  // namespace

std::string LineAround(std::string_view text, size_t offset, size_t limit) {
  const size_t begin = offset > limit ? offset - limit : 0;
  return LineInWindow(text.substr(begin, 2 * limit), begin, text.size(), offset);
}

Result<std::string> ReadLineAround(const std::string& path, size_t offset, size_t limit) {
  std::error_code ec;
  const uintmax_t size = fs::file_size(path, ec);
  if (ec) return Status::Error(path + ": " + ec.message());
  const size_t begin = offset > limit ? offset - limit : 0;
  Result<std::string> window = ReadFileRange(path, begin, 2 * limit);
  if (!window.ok()) return window.status();
  return LineInWindow(*window, begin, static_cast<size_t>(size), offset);
}

Result<std::vector<size_t>> CutAtLines(const std::string& path, size_t part) {
  std::error_code ec;
  const uintmax_t size = fs::file_size(path, ec);
  if (ec) return Status::Error(path + ": " + ec.message());
  std::vector<size_t> cuts{0};
  size_t at = part;
  while (at < size) {
    // The first line start at or after `at`: read on until a newline.
    size_t scan = at - 1;
    bool found = false;
    while (scan < size && !found) {
      Result<std::string> block = ReadFileRange(path, scan, 1 << 16);
      if (!block.ok()) return block.status();
      if (block->empty()) break;
      const size_t nl = block->find('\n');
      if (nl != std::string::npos) {
        scan += nl + 1;
        found = true;
      } else {
        scan += block->size();
      }
    }
    if (!found || scan >= size) break;
    cuts.push_back(scan);
    at = std::max(scan, at) + part;
  }
  cuts.push_back(static_cast<size_t>(size));
  return cuts;
}

Result<std::string> ReadFile(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::Error(path + ": is a directory");
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus("cannot open", path);
  struct stat st;
  std::string data;
  if (::fstat(fd, &st) == 0 && st.st_size > 0) data.reserve(static_cast<size_t>(st.st_size));
  char buffer[1 << 16];
  for (;;) {
    // Read straight into the string when its capacity allows; else through a buffer.
    const size_t room = data.capacity() - data.size();
    ssize_t n;
    if (room > 0) {
      const size_t old = data.size();
      data.resize(data.capacity());
      n = ::read(fd, data.data() + old, room);
      data.resize(old + static_cast<size_t>(std::max<ssize_t>(n, 0)));
    } else {
      n = ::read(fd, buffer, sizeof buffer);
      if (n > 0) data.append(buffer, static_cast<size_t>(n));
    }
    if (n == 0) break;
    if (n < 0 && errno != EINTR) {
      const Status s = ErrnoStatus("cannot read", path);
      ::close(fd);
      return s;
    }
  }
  ::close(fd);
  return data;
}

namespace {

// Whether replacing the existing file `path` would do what its owner expects.
Status MayReplace(const std::string& path, const struct stat& st) {
  if (st.st_nlink > 1) {
    return Status::Error(path + ": has " + std::to_string(st.st_nlink) +
                         " hard links, and a rewrite would replace it under this name only, splitting them; not "
                         "written (fix the file through a copy, or break the links first)");
  }
  // The file's own write permission counts, even for root.
  if ((st.st_mode & 0222) == 0 || (::geteuid() != 0 && ::access(path.c_str(), W_OK) != 0)) {
    return Status::Error(path + ": is read-only; not written (make it writable to fix it)");
  }
  return Status::Ok();
}

}  // namespace


Status WriteFileAtomically(const std::string& link_or_path, const std::string& contents,
                           const std::optional<std::string>& expected_current) {
  // Through a symbolic link, replace the file it points to, not the link.
  std::error_code link_error;
  std::string path = link_or_path;
  if (fs::is_symlink(fs::symlink_status(link_or_path, link_error))) {
    path = fs::canonical(link_or_path, link_error).string();
    if (link_error) return Status::Error(link_or_path + ": cannot resolve link: " + link_error.message());
  }
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT || expected_current) return ErrnoStatus("cannot stat", path);
    st.st_mode = 0644;  // a new file, owned by whoever creates it
    st.st_nlink = 1;
    st.st_uid = ::geteuid();
    st.st_gid = ::getegid();
  } else if (Status refused = MayReplace(path, st); !refused.ok()) {
    return refused;
  }
  // The new text is written to an unnamed file beside the target (O_TMPFILE):
  // if translint is killed meanwhile, nothing is left behind. It gets a name
  // only at the end, for the rename over the target. File systems without
  // O_TMPFILE get a named temporary file (mkstemp) from the start.
  const std::string folder = fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string();
  int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  const bool unnamed = fd >= 0;
  std::string tmp;
  if (!unnamed) {
    tmp = path + ".translint-XXXXXX";
    fd = ::mkstemp(tmp.data());
    if (fd < 0) return ErrnoStatus("cannot create its new copy in its folder (the folder must be writable)", path);
  }
  const std::string writing = unnamed ? path + " (a temporary copy)" : tmp;
  Status status = WriteAll(fd, contents, writing);
  if (status.ok() && ::fchmod(fd, st.st_mode & 07777) != 0) status = ErrnoStatus("cannot set mode", writing);
  // Keep the owner and group; where the OS does not allow it, leave the file alone.
  if (status.ok() && (st.st_uid != ::geteuid() || st.st_gid != ::getegid()) && ::fchown(fd, st.st_uid, st.st_gid) != 0) {
    status = Status::Error(path + ": belongs to another user or group, and a rewrite could not keep them; not written");
  }
  if (status.ok() && ::fsync(fd) != 0) status = ErrnoStatus("cannot flush", writing);
  if (status.ok() && expected_current) {
    Result<std::string> now = ReadFile(path);
    if (!now.ok()) {
      status = now.status();
    } else if (*now != *expected_current) {
      status = Status::Error(path + ": file changed while translint was working on it; not overwritten");
    }
  }
  if (status.ok() && unnamed) {
    // Name it, for the rename: a link from /proc/self/fd needs no privilege
    // (AT_EMPTY_PATH would). The name is fixed, so one that a kill between link
    // and rename leaves behind is replaced by the next fix of the file.
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    tmp = path + ".translint-new";
    int linked = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, tmp.c_str(), AT_SYMLINK_FOLLOW);
    if (linked != 0 && errno == EEXIST) {
      ::unlink(tmp.c_str());
      linked = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, tmp.c_str(), AT_SYMLINK_FOLLOW);
    }
    if (linked != 0) {
      status = ErrnoStatus("cannot name the temporary copy of", path);
      tmp.clear();
    }
  }
  if (::close(fd) != 0 && status.ok()) status = ErrnoStatus("cannot close", writing);
  if (status.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) status = ErrnoStatus("cannot replace", path);
  if (!status.ok() && !tmp.empty()) ::unlink(tmp.c_str());
  return status;
}

Result<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths,
                                             const std::vector<std::string>& extensions) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) return Status::Error(path + ": " + ec.message());
    if (ec || !fs::exists(st)) return Status::Error(path + ": no such file or directory");
    if (!fs::is_directory(st)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, ec);
    if (ec) return Status::Error(path + ": cannot read directory: " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) return Status::Error(path + ": cannot read directory: " + ec.message());
      if (IsHidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      // A folder that cannot be read is an error, never a silent skip.
      if (it->is_directory(ec) && ::access(it->path().c_str(), R_OK | X_OK) != 0) {
        return Status::Error(it->path().string() + ": cannot read directory: " + std::strerror(errno) +
                             " (fix its permissions, or leave it out of the paths)");
      }
      if (it->is_regular_file(ec) && HasExtension(it->path(), extensions)) {
        found.push_back(it->path().string());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::string ProgramIdentity() {
  std::error_code ec;
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  const auto size = std::filesystem::file_size(program, ec);
  if (ec) return "";
  const auto time = std::filesystem::last_write_time(program, ec).time_since_epoch().count();
  if (ec) return "";
  return program.string() + '\0' + std::to_string(size) + '\0' + std::to_string(time);
}

}  // namespace translint
