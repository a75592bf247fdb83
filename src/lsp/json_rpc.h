// JSON-RPC 2.0 over a byte stream with LSP's base protocol framing:
// "Content-Length: N\r\n" (other header fields are read and ignored) "\r\n",
// then N bytes of JSON. ReadMessage() returns one message body; a body larger
// than kMaxMessageBytes is skipped (its bytes are read and dropped) and reported
// as an error, so a client can never make the server hold unbounded memory.
// Not thread-safe: one reader, one writer.
#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace translint {

inline constexpr size_t kMaxMessageBytes = size_t{64} << 20;

// JSON-RPC error codes (and LSP's).
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kServerNotInitialized = -32002;
inline constexpr int kRequestCancelled = -32800;

struct Framed {
  bool end = false;    // the stream ended (cleanly or in a header)
  std::string body;    // the message's bytes
  std::string error;   // set when the header was unreadable or the body too large
};

Framed ReadMessage(std::istream& in);
void WriteMessage(std::ostream& out, const nlohmann::json& message);

nlohmann::json Response(const nlohmann::json& id, nlohmann::json result);
nlohmann::json ErrorResponse(const nlohmann::json& id, int code, const std::string& message);
nlohmann::json Notification(const std::string& method, nlohmann::json params);

}  // namespace translint
