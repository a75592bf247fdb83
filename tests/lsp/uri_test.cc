#include "lsp/uri.h"

#include <catch2/catch.hpp>

namespace translint {
namespace {

TEST_CASE("uri: file URIs and paths convert both ways with percent-escapes", "[lsp]") {
  CHECK(UriToPath("file:///home/ed/draft%20one.md") == "/home/ed/draft one.md");
  CHECK(UriToPath("file:///tmp/%D0%96.md") == "/tmp/Ж.md");
  CHECK(UriToPath("file://localhost/tmp/a.md") == "/tmp/a.md");
  CHECK(UriToPath("untitled:Untitled-1") == std::nullopt);
  CHECK(UriToPath("file://server/share/a.md") == std::nullopt);
  CHECK(UriToPath("file:///tmp/bad%2") == std::nullopt);
  CHECK(UriToPath("file:///tmp/bad%zz") == std::nullopt);
  CHECK(PathToUri("/home/ed/draft one (1).md") == "file:///home/ed/draft%20one%20%281%29.md");
  CHECK(PathToUri("/tmp/Ж.md") == "file:///tmp/%D0%96.md");
  CHECK(UriToPath(PathToUri("/a b/#c?.md")) == "/a b/#c?.md");
}

}  // namespace
}  // namespace translint
