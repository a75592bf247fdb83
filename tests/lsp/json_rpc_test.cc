#include "lsp/json_rpc.h"

#include <catch2/catch.hpp>

#include <sstream>

namespace translint {
namespace {

TEST_CASE("json_rpc: frames are read by Content-Length, other header fields ignored", "[lsp]") {
  std::stringstream in("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n{}"
                       "Content-Length: 4\r\n\r\n[1]x");
  Framed a = ReadMessage(in);
  CHECK(a.body == "{}");
  CHECK(a.error.empty());
  Framed b = ReadMessage(in);
  CHECK(b.body == "[1]x");
  CHECK(ReadMessage(in).end);
}

TEST_CASE("json_rpc: a header without a length and a truncated body are reported", "[lsp]") {
  std::stringstream bad("Content-Length: ten\r\n\r\nContent-Length: 9\r\n\r\n{\"a\":1}");
  Framed a = ReadMessage(bad);
  CHECK(a.error == "a message header without a valid Content-Length");
  Framed b = ReadMessage(bad);
  CHECK(b.end);
  CHECK(b.body.substr(0, 7) == "{\"a\":1}");
}

TEST_CASE("json_rpc: a message larger than the limit is skipped with an error", "[lsp]") {
  const size_t huge = kMaxMessageBytes + 1;
  std::stringstream in("Content-Length: " + std::to_string(huge) + "\r\n\r\n" + std::string(huge, ' ') +
                       "Content-Length: 2\r\n\r\n{}");
  Framed a = ReadMessage(in);
  CHECK(a.error == "a message of " + std::to_string(huge) + " bytes, more than the 64 MiB the server reads");
  CHECK(a.body.empty());
  CHECK(ReadMessage(in).body == "{}");
}

TEST_CASE("json_rpc: written messages carry their byte length", "[lsp]") {
  std::stringstream out;
  WriteMessage(out, Notification("x", {{"s", "Жапаров"}}));
  const std::string body = R"({"jsonrpc":"2.0","method":"x","params":{"s":"Жапаров"}})";
  CHECK(out.str() == "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

}  // namespace
}  // namespace translint
