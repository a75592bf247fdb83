// Fuzz target: a client's byte stream into the language server — framing
// (json_rpc), then every message body through LanguageServer::Handle with the
// documents published after each. The server must answer or ignore anything
// and never crash; what it sends must be valid JSON it could frame. Uses the
// shipped tables and schemes (TRANSLINT_DATA = the source tree).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "lsp/json_rpc.h"
#include "lsp/server.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  setenv("TRANSLINT_DATA", TRANSLINT_SOURCE_DIR, 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // One workspace for every input: building the Linters once keeps the runs fast.
  static const translint::Options options;
  static const auto workspace = std::make_shared<translint::Workspace>(options);
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  translint::LanguageServer server([&](const nlohmann::json& message) { translint::WriteMessage(out, message); },
                                   workspace);
  for (int messages = 0; messages < 64 && !server.exited(); ++messages) {
    const translint::Framed framed = translint::ReadMessage(in);
    if (framed.end) break;
    if (framed.error.empty()) server.Handle(framed.body);
    server.Publish();
  }
  return 0;
}
