// RunLanguageServer: a reader thread frames the client's messages into a queue;
// the server thread handles them in order and, whenever the queue is empty,
// checks the documents they changed (so a burst of edits is checked once). A
// request cancelled while it still waits in the queue is answered with
// RequestCancelled instead of being handled.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "lsp/json_rpc.h"
#include "lsp/server.h"

namespace translint {

using nlohmann::json;

namespace {

struct Inbox {
  std::mutex mutex;
  std::condition_variable ready;
  std::deque<Framed> messages;
  bool ended = false;
};

// Whether a $/cancelRequest for `id` waits in `queue` (only cancel
// notifications are parsed).
bool CancelledInQueue(const json& id, const std::deque<Framed>& queue) {
  for (const Framed& f : queue) {
    if (f.body.find("$/cancelRequest") == std::string::npos) continue;
    const json m = json::parse(f.body, nullptr, false);
    if (m.is_object() && m.value("method", "") == "$/cancelRequest" && m.contains("params") &&
        m["params"].is_object() && m["params"].value("id", json()) == id) {
      return true;
    }
  }
  return false;
}

}  // namespace

int RunLanguageServer(std::istream& in, std::ostream& out) {
  // Shared with the reader, which may still wait on `in` when the server exits.
  auto inbox = std::make_shared<Inbox>();
  std::thread reader([inbox, &in] {
    for (;;) {
      Framed framed = ReadMessage(in);
      const bool end = framed.end;
      {
        std::lock_guard<std::mutex> lock(inbox->mutex);
        if (!framed.body.empty() || !framed.error.empty()) inbox->messages.push_back(std::move(framed));
        inbox->ended = end;
      }
      inbox->ready.notify_one();
      if (end) return;
    }
  });
  LanguageServer server([&out](const json& message) { WriteMessage(out, message); });
  for (;;) {
    Framed next;
    bool cancelled = false;
    {
      std::unique_lock<std::mutex> lock(inbox->mutex);
      if (inbox->messages.empty()) {
        lock.unlock();
        server.Publish();
        lock.lock();
      }
      inbox->ready.wait(lock, [&] { return !inbox->messages.empty() || inbox->ended; });
      if (inbox->messages.empty()) break;
      next = std::move(inbox->messages.front());
      inbox->messages.pop_front();
      if (next.error.empty() && next.body.find("\"id\"") != std::string::npos) {
        const json m = json::parse(next.body, nullptr, false);
        if (m.is_object() && m.contains("id") && m.contains("method")) {
          cancelled = CancelledInQueue(m["id"], inbox->messages);
          if (cancelled) WriteMessage(out, ErrorResponse(m["id"], kRequestCancelled, "the request was cancelled"));
        }
      }
    }
    if (!next.error.empty()) {
      WriteMessage(out, ErrorResponse(nullptr, kParseError, next.error));
    } else if (!cancelled) {
      server.Handle(next.body);
    }
    if (server.exited()) break;
  }
  bool ended;
  {
    // A client that closes its end after `exit` lets the reader finish; one
    // that keeps it open is not waited for long.
    std::unique_lock<std::mutex> lock(inbox->mutex);
    ended = inbox->ready.wait_for(lock, std::chrono::milliseconds(200), [&] { return inbox->ended; });
  }
  if (ended) {
    reader.join();
  } else {
    reader.detach();  // blocked on the client's stream, which the process leaves open as it exits
  }
  return server.exited() ? server.exit_code() : 1;
}

}  // namespace translint
