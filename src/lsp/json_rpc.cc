#include "lsp/json_rpc.h"

#include <charconv>

namespace translint {

namespace {

// One header line without its "\r\n" (a bare "\n" is accepted too); nullopt at the end of the stream.
std::optional<std::string> HeaderLine(std::istream& in) {
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace

Framed ReadMessage(std::istream& in) {
  Framed framed;
  std::optional<size_t> length;
  bool bad_header = false;
  for (;;) {
    std::optional<std::string> line = HeaderLine(in);
    if (!line) {
      framed.end = true;
      return framed;
    }
    if (line->empty()) {
      if (length || bad_header) break;
      continue;  // blank lines between messages
    }
    constexpr std::string_view kLength = "content-length:";
    std::string lower = line->substr(0, kLength.size());
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower != kLength) continue;  // Content-Type and unknown fields
    std::string_view value = std::string_view(*line).substr(kLength.size());
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    size_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) {
      bad_header = true;
    } else {
      length = n;
    }
  }
  if (!length) {
    framed.error = "a message header without a valid Content-Length";
    return framed;
  }
  if (*length > kMaxMessageBytes) {
    in.ignore(static_cast<std::streamsize>(*length));
    framed.error = "a message of " + std::to_string(*length) + " bytes, more than the " +
                   std::to_string(kMaxMessageBytes >> 20) + " MiB the server reads";
    return framed;
  }
  framed.body.resize(*length);
  in.read(framed.body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<size_t>(in.gcount()) != *length) framed.end = true;
  return framed;
}

void WriteMessage(std::ostream& out, const nlohmann::json& message) {
  const std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

nlohmann::json Response(const nlohmann::json& id, nlohmann::json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

nlohmann::json ErrorResponse(const nlohmann::json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

nlohmann::json Notification(const std::string& method, nlohmann::json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

}  // namespace translint
