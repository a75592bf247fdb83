// The language server at the protocol level: messages in, exact JSON out.
#include "lsp/server.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "lsp/json_rpc.h"
#include "lsp/uri.h"
#include "test_util.h"

namespace translint {
namespace {

using nlohmann::json;
using testing::TempDir;

// A project with one entity and its own config, so the expected JSON is short.
class Project {
 public:
  Project() {
    dir_.Write(".translint.yaml",
               "default_rules: false\nrules: [names.yaml]\nchecks:\n  spelling/unknown-word: off\n");
    dir_.Write("names.yaml",
               "entities:\n"
               "  - id: sadyr-japarov\n"
               "    kind: person\n"
               "    original: { ky: Садыр Жапаров }\n"
               "    preferred: { en: Sadyr Japarov }\n"
               "    variants: [{ spelling: Sadyr Zhaparov, tag: transliteration }]\n"
               "    source: AP\n");
  }
  std::string Uri(const std::string& name) const { return PathToUri(dir_.path() + "/" + name); }
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
};

class Client {
 public:
  // The shipped romanization schemes come from the source tree.
  Client() : server_([this](const json& m) { sent_.push_back(m); }) { setenv("TRANSLINT_DATA", TRANSLINT_SOURCE_DIR, 1); }

  // Sends a message and returns what the server sent in answer (after
  // publishing, as the server's loop does when no message waits).
  std::vector<json> Send(const json& message) {
    sent_.clear();
    server_.Handle(message.dump());
    server_.Publish();
    return sent_;
  }
  json Request(int id, const std::string& method, json params) {
    std::vector<json> out = Send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}});
    for (const json& m : out) {
      if (m.contains("id") && m["id"] == id) return m;
    }
    return nullptr;
  }
  std::vector<json> Notify(const std::string& method, json params) {
    return Send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  void Initialize(json capabilities = json::object()) {
    Request(1, "initialize", {{"capabilities", std::move(capabilities)}});
    Notify("initialized", json::object());
  }
  std::vector<json> Open(const std::string& uri, const std::string& text, const std::string& language_id = "markdown") {
    return Notify("textDocument/didOpen",
                  {{"textDocument", {{"uri", uri}, {"languageId", language_id}, {"version", 1}, {"text", text}}}});
  }
  LanguageServer& server() { return server_; }

 private:
  std::vector<json> sent_;
  LanguageServer server_;
};

json Range(int l1, int c1, int l2, int c2) {
  return {{"start", {{"line", l1}, {"character", c1}}}, {"end", {{"line", l2}, {"character", c2}}}};
}

const std::string kHref = std::string(TRANSLINT_HOMEPAGE) + "#checks";
const std::string kMessage =
    "\"Sadyr Zhaparov\" is a transliteration of Sadyr Japarov (person); write \"Sadyr Japarov\" (house style: AP)";

json NonPreferred(const json& range) {
  return {{"range", range}, {"severity", 2}, {"code", "names/non-preferred"}, {"codeDescription", {{"href", kHref}}},
          {"source", "translint"}, {"message", kMessage}};
}

TEST_CASE("lsp: initialize answers the capabilities and negotiates the position encoding", "[lsp]") {
  Client client;
  const json utf16 = client.Request(1, "initialize", {{"capabilities", json::object()}, {"processId", nullptr}});
  CHECK(utf16 == json::parse(R"({"jsonrpc":"2.0","id":1,"result":{
    "capabilities":{"positionEncoding":"utf-16",
      "textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},
      "codeActionProvider":{"codeActionKinds":["quickfix"]},"hoverProvider":true},
    "serverInfo":{"name":"translint","version":")" TRANSLINT_VERSION R"("}}})"));
  Client offers_utf8;
  const json utf8 = offers_utf8.Request(
      1, "initialize", {{"capabilities", {{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}}}}});
  CHECK(utf8["result"]["capabilities"]["positionEncoding"] == "utf-8");
}

TEST_CASE("lsp: requests before initialize are refused, notifications ignored", "[lsp]") {
  Client client;
  CHECK(client.Request(7, "textDocument/hover", json::object()) ==
        json::parse(R"({"jsonrpc":"2.0","id":7,"error":{"code":-32002,"message":"send \"initialize\" first"}})"));
  CHECK(client.Notify("textDocument/didOpen", json::object()).empty());
}

TEST_CASE("lsp: didOpen publishes diagnostics with UTF-16 ranges past emoji and Cyrillic", "[lsp]") {
  Project project;
  Client client;
  client.Initialize();
  const std::string uri = project.Uri("draft.md");
  // "😀 " is 2 UTF-16 units + 1; "Жапаров " is 8 units (and 15 bytes).
  const std::vector<json> out = client.Open(uri, "Title\n😀 Жапаров met Sadyr Zhaparov.\n");
  INFO(json(out).dump());
  REQUIRE(out.size() == 1);
  json expected = {{"jsonrpc", "2.0"},
                   {"method", "textDocument/publishDiagnostics"},
                   {"params",
                    {{"uri", uri},
                     {"version", 1},
                     {"diagnostics",
                      {{{"range", Range(1, 3, 1, 10)}, {"severity", 2}, {"code", "script/untranslated"},
                        {"codeDescription", {{"href", kHref}}}, {"source", "translint"},
                        {"message", "untranslated Cyrillic \"Жапаров\": translate it, or give it in parentheses after its translation"}},
                       NonPreferred(Range(1, 15, 1, 29))}}}}};
  CHECK(out[0] == expected);
}

TEST_CASE("lsp: with UTF-8 positions the ranges count bytes", "[lsp]") {
  Project project;
  Client client;
  client.Initialize({{"general", {{"positionEncodings", {"utf-8"}}}}});
  const std::vector<json> out = client.Open(project.Uri("draft.md"), "😀 Жапаров met Sadyr Zhaparov.\n");
  REQUIRE(out.size() == 1);
  const json& diagnostics = out[0]["params"]["diagnostics"];
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0]["range"] == Range(0, 5, 0, 19));   // 4 bytes + space, then 14 bytes
  CHECK(diagnostics[1]["range"] == Range(0, 24, 0, 38));
}

TEST_CASE("lsp: incremental and full changes edit the text the diagnostics are about", "[lsp]") {
  Project project;
  Client client;
  client.Initialize();
  const std::string uri = project.Uri("draft.md");
  client.Open(uri, "😀 Sadyr Japarov spoke.\n");
  // Replace "Japarov" (UTF-16 columns 9..16) with "Zhaparov".
  std::vector<json> out = client.Notify(
      "textDocument/didChange",
      {{"textDocument", {{"uri", uri}, {"version", 2}}},
       {"contentChanges", {{{"range", Range(0, 9, 0, 16)}, {"text", "Zhaparov"}}}}});
  REQUIRE(out.size() == 1);
  CHECK(out[0]["params"]["version"] == 2);
  CHECK(out[0]["params"]["diagnostics"] == json::array({NonPreferred(Range(0, 3, 0, 17))}));
  out = client.Notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 3}}},
                                                 {"contentChanges", {{{"text", "Sadyr Japarov spoke.\n"}}}}});
  REQUIRE(out.size() == 1);
  CHECK(out[0]["params"]["diagnostics"] == json::array());
  // An edit past the end of the text lands at its end; nothing breaks.
  out = client.Notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 4}}},
                                                 {"contentChanges", {{{"range", Range(99, 5, 120, 0)}, {"text", "Sadyr Zhaparov"}}}}});
  REQUIRE(out.size() == 1);
  const json& found = out[0]["params"]["diagnostics"];
  REQUIRE(found.size() == 2);  // and "Japarov" above makes the two spellings inconsistent
  CHECK(found[0]["code"] == "names/inconsistent");
  CHECK(found[1] == NonPreferred(Range(1, 0, 1, 14)));
}

TEST_CASE("lsp: code actions offer the sure fix as preferred and the suppression comment", "[lsp]") {
  Project project;
  Client client;
  client.Initialize();
  const std::string uri = project.Uri("draft.md");
  client.Open(uri, "He met Sadyr Zhaparov.\r\nNext line.\n");
  const json answer = client.Request(5, "textDocument/codeAction",
                                     {{"textDocument", {{"uri", uri}}}, {"range", Range(0, 8, 0, 8)},
                                      {"context", {{"diagnostics", json::array()}}}});
  const json diagnostic = NonPreferred(Range(0, 7, 0, 21));
  const json expected = {
      {{"title", "Replace “Sadyr Zhaparov” with “Sadyr Japarov”"}, {"kind", "quickfix"},
       {"diagnostics", {diagnostic}}, {"isPreferred", true},
       {"edit", {{"changes", {{uri, {{{"range", Range(0, 7, 0, 21)}, {"newText", "Sadyr Japarov"}}}}}}}}},
      {{"title", "Disable names/non-preferred for this line"}, {"kind", "quickfix"}, {"diagnostics", {diagnostic}},
       {"edit", {{"changes", {{uri, {{{"range", Range(0, 22, 0, 22)},
                                      {"newText", " <!-- translint-disable-line names/non-preferred -->"}}}}}}}}}};
  CHECK(answer == json{{"jsonrpc", "2.0"}, {"id", 5}, {"result", expected}});
  // Outside any finding: no action.
  const json none = client.Request(6, "textDocument/codeAction",
                                   {{"textDocument", {{"uri", uri}}}, {"range", Range(1, 0, 1, 4)},
                                    {"context", {{"diagnostics", json::array()}}}});
  CHECK(none["result"] == json::array());
}

// Applies the TextEdits of one document (LSP's semantics: all against the original text).
std::string ApplyEdits(std::string text, const json& edits) {
  std::vector<std::tuple<size_t, size_t, std::string>> byte_edits;
  const LineIndex lines(text);
  for (const json& e : edits) {
    const auto at = [&](const json& p) {
      return lines.OffsetOf(p["line"].get<size_t>(), p["character"].get<size_t>(), LineIndex::Unit::kUtf16);
    };
    byte_edits.emplace_back(at(e["range"]["start"]), at(e["range"]["end"]), e["newText"].get<std::string>());
  }
  std::sort(byte_edits.rbegin(), byte_edits.rend());
  for (const auto& [b, e, t] : byte_edits) text.replace(b, e - b, t);
  return text;
}

TEST_CASE("lsp: applying either quick fix leaves the document without the finding", "[lsp]") {
  Project project;
  for (int pick = 0; pick < 2; ++pick) {
    Client client;
    client.Initialize();
    const std::string uri = project.Uri("draft.md");
    const std::string text = "Приехал: 😀 Sadyr Zhaparov spoke.\n";
    client.Open(uri, text);
    const json actions = client.Request(2, "textDocument/codeAction",
                                        {{"textDocument", {{"uri", uri}}}, {"range", Range(0, 15, 0, 15)},
                                         {"context", {{"diagnostics", json::array()}}}})["result"];
    REQUIRE(actions.size() == 2);
    const std::string fixed = ApplyEdits(text, actions[pick]["edit"]["changes"][uri]);
    CHECK(fixed == (pick == 0 ? "Приехал: 😀 Sadyr Japarov spoke.\n"
                              : "Приехал: 😀 Sadyr Zhaparov spoke. <!-- translint-disable-line names/non-preferred -->\n"));
    const std::vector<json> out = client.Notify(
        "textDocument/didChange",
        {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", {{{"text", fixed}}}}});
    REQUIRE(out.size() == 1);
    for (const json& d : out[0]["params"]["diagnostics"]) CHECK(d["code"] != "names/non-preferred");
  }
}

TEST_CASE("lsp: hover over a name shows the entity card", "[lsp]") {
  Project project;
  Client client;
  client.Initialize();
  const std::string uri = project.Uri("draft.md");
  client.Open(uri, "We met Sadyr Zhaparov.\n");
  const json hover = client.Request(3, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", {{"line", 0}, {"character", 13}}}});
  const std::string card =
      "**Sadyr Japarov** — person `sadyr-japarov`\n\n"
      "House form: en: Sadyr Japarov\n\n"
      "Original: ky: Садыр Жапаров\n\n"
      "Source of the house form: AP\n\n"
      "Variants:\n- Sadyr Zhaparov (transliteration)\n\n"
      "Defined in " + project.dir().path() + "/names.yaml:2:5";
  CHECK(hover == json{{"jsonrpc", "2.0"}, {"id", 3},
                      {"result", {{"contents", {{"kind", "markdown"}, {"value", card}}}, {"range", Range(0, 7, 0, 21)}}}});
  const json nothing = client.Request(4, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", {{"line", 0}, {"character", 2}}}});
  CHECK(nothing["result"].is_null());
}

TEST_CASE("lsp: didClose clears the document's diagnostics", "[lsp]") {
  Project project;
  Client client;
  client.Initialize();
  const std::string uri = project.Uri("draft.md");
  client.Open(uri, "Sadyr Zhaparov\n");
  const std::vector<json> out = client.Notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
  REQUIRE(out.size() == 1);
  CHECK(out[0] == json{{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"},
                       {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
}

TEST_CASE("lsp: findings across the open documents point into the other documents", "[lsp]") {
  // An entity without an English house form: the open documents should agree on one spelling.
  TempDir dir;
  dir.Write(".translint.yaml", "default_rules: false\nrules: [names.yaml]\nchecks:\n  spelling/unknown-word: off\n");
  dir.Write("names.yaml",
            "entities:\n  - id: sergei-furgal\n    kind: person\n    preferred: { de: Sergej Furgal }\n"
            "    variants: [Sergei Furgal, Sergey Furgal]\n");
  const std::string a = PathToUri(dir.path() + "/a.md"), b = PathToUri(dir.path() + "/b.md");
  Client client;
  client.Initialize();
  const std::vector<json> first = client.Open(a, "Sergei Furgal was arrested.\n");
  REQUIRE(first.size() == 1);
  CHECK(first[0]["params"]["diagnostics"].empty());
  const std::vector<json> second = client.Open(b, "Then\nSergey Furgal was arrested.\n");
  INFO(json(second).dump());
  REQUIRE(second.size() == 1);  // a.md's diagnostics do not change
  const json expected = {
      {"range", Range(1, 0, 1, 13)}, {"severity", 2}, {"code", "names/inconsistent-across"},
      {"codeDescription", {{"href", kHref}}}, {"source", "translint"},
      {"message", "Sergej Furgal (person) is written 2 ways across 2 documents: \"Sergei Furgal\" in 1 document (1 time), "
                  "\"Sergey Furgal\" in 1 document (1 time); most documents write \"Sergei Furgal\""},
      {"relatedInformation",
       {{{"location", {{"uri", a}, {"range", Range(0, 0, 0, 13)}}}, {"message", "written \"Sergei Furgal\" here"}}}}};
  CHECK(second[0]["params"] == json{{"uri", b}, {"version", 1}, {"diagnostics", {expected}}});
  // The suggestion is a quick fix like any other.
  const json actions = client.Request(5, "textDocument/codeAction",
                                      {{"textDocument", {{"uri", b}}}, {"range", Range(1, 0, 1, 0)}, {"context", {{"diagnostics", json::array()}}}});
  CHECK(actions["result"][0]["title"] == "Replace “Sergey Furgal” with “Sergei Furgal”");
  // Closing a.md leaves b.md alone with its spelling: the finding goes.
  const std::vector<json> closed = client.Notify("textDocument/didClose", {{"textDocument", {{"uri", a}}}});
  REQUIRE(closed.size() == 2);
  CHECK(closed[0]["params"] == json{{"uri", a}, {"diagnostics", json::array()}});
  CHECK(closed[1]["params"] == json{{"uri", b}, {"version", 1}, {"diagnostics", json::array()}});
}

// The check ids of a publishDiagnostics notification, in order.
std::vector<std::string> Codes(const json& publish) {
  std::vector<std::string> codes;
  for (const json& d : publish["params"]["diagnostics"]) codes.push_back(d["code"]);
  return codes;
}

TEST_CASE("lsp: the languageId gives an unsaved buffer its format, or the document its language", "[lsp]") {
  Client client;
  client.Initialize();
  // Markdown leaves inline code alone; plain text has none.
  const std::string text = "`Sadyr Zhaparov` is how Sadyr Zhaparov was spelled.\n";
  const std::vector<json> markdown = client.Open("untitled:Untitled-1", text, "markdown");
  REQUIRE(markdown.size() == 1);
  CHECK(Codes(markdown[0]) == std::vector<std::string>{"names/non-preferred"});
  CHECK(markdown[0]["params"]["diagnostics"][0]["range"] == Range(0, 24, 0, 38));
  const std::vector<json> plain = client.Open("untitled:Untitled-2", text, "plaintext");
  REQUIRE(plain.size() == 1);
  CHECK(Codes(plain[0]) == std::vector<std::string>{"names/non-preferred", "names/non-preferred"});
  // A languageId that is a language translint checks: the German house form.
  const std::vector<json> german = client.Open("untitled:Untitled-3", "Sadyr Japarov kam.\n", "de");
  REQUIRE(german.size() == 1);
  INFO(german[0].dump());
  REQUIRE(german[0]["params"]["diagnostics"].size() == 1);
  CHECK(german[0]["params"]["diagnostics"][0]["message"].get<std::string>().find("\"Sadyr Dschaparow\"") != std::string::npos);
}

TEST_CASE("lsp: a huge document is checked when opened and saved, not at every change", "[lsp]") {
  Project project;
  Client client;
  client.Initialize();
  const std::string uri = project.Uri("huge.md");
  std::string text;
  size_t lines = 0;
  while (text.size() <= LanguageServer::kMaxLiveBytes) {
    text += "Sadyr Japarov spoke to the parliament in Bishkek on day " + std::to_string(++lines) + ".\n\n";
  }
  const std::vector<json> opened = client.Open(uri, text + "Sadyr Zhaparov\n");
  REQUIRE(opened.size() == 1);
  CHECK(Codes(opened[0]) == std::vector<std::string>{"names/inconsistent", "names/non-preferred"});
  const json end = {{"line", 2 * lines + 1}, {"character", 0}};
  const json change = {{"textDocument", {{"uri", uri}, {"version", 2}}},
                       {"contentChanges", {{{"range", {{"start", end}, {"end", end}}}, {"text", "Sadyr Zhaparov\n"}}}}};
  const std::vector<json> changed = client.Notify("textDocument/didChange", change);
  REQUIRE(changed.size() == 1);  // said once, not checked
  CHECK(changed[0]["method"] == "window/showMessage");
  CHECK(client.Notify("textDocument/didChange", change).empty());
  const std::vector<json> saved = client.Notify("textDocument/didSave", {{"textDocument", {{"uri", uri}}}});
  REQUIRE(saved.size() == 1);
  CHECK(Codes(saved[0]) ==
        std::vector<std::string>{"names/inconsistent", "names/non-preferred", "names/non-preferred", "names/non-preferred"});
}

TEST_CASE("lsp: a broken configuration is shown on its file, and fixing it and saving reloads it", "[lsp]") {
  Project project;
  project.dir().Write(".translint.yaml", "default_rules: false\nrulez: [names.yaml]\n");
  Client client;
  client.Initialize();
  const std::string uri = project.Uri("draft.md");
  std::vector<json> out = client.Open(uri, "Sadyr Zhaparov\n");
  const std::string config = project.dir().path() + "/.translint.yaml";
  REQUIRE(out.size() == 3);
  const std::string problem = "unknown key \"rulez\" in configuration (did you mean \"rules\"?)";
  CHECK(out[0] == json{{"jsonrpc", "2.0"}, {"method", "window/showMessage"},
                       {"params", {{"type", 1}, {"message", "translint: " + config + ":2:1: " + problem}}}});
  CHECK(out[1] == json{{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"},
                       {"params", {{"uri", project.Uri(".translint.yaml")},
                                   {"diagnostics", {{{"range", Range(1, 0, 1, 0)}, {"severity", 1}, {"source", "translint"},
                                                     {"code", "config/invalid"}, {"message", problem}}}}}}});
  CHECK(out[2]["params"]["diagnostics"] == json::array());
  project.dir().Write(".translint.yaml", "default_rules: false\nrules: [names.yaml]\n");
  out = client.Notify("textDocument/didSave", {{"textDocument", {{"uri", project.Uri(".translint.yaml")}}}});
  REQUIRE(out.size() == 2);
  CHECK(out[0] == json{{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"},
                       {"params", {{"uri", project.Uri(".translint.yaml")}, {"diagnostics", json::array()}}}});
  CHECK(out[1]["params"]["diagnostics"].size() == 1);
}

TEST_CASE("lsp: a rule table changed on disk is reloaded, and a broken one does not stop the server", "[lsp]") {
  Project project;
  Client client;
  client.Initialize();
  const std::string uri = project.Uri("draft.md");
  REQUIRE(client.Open(uri, "Sadyr Zhaparov\n")[0]["params"]["diagnostics"].size() == 1);
  project.dir().Write("names.yaml", "entities:\n  - id: Bad Id\n");
  const json changed = {{"changes", {{{"uri", project.Uri("names.yaml")}, {"type", 2}}}}};
  std::vector<json> out = client.Notify("workspace/didChangeWatchedFiles", changed);
  REQUIRE(out.size() == 3);
  CHECK(out[0]["method"] == "window/showMessage");
  CHECK(out[1]["params"]["uri"] == project.Uri("names.yaml"));
  CHECK(out[1]["params"]["diagnostics"][0]["range"]["start"]["line"] == 1);
  CHECK(out[2]["params"]["diagnostics"] == json::array());
  // A change to an article on disk reloads nothing.
  CHECK(client.Notify("workspace/didChangeWatchedFiles", {{"changes", {{{"uri", project.Uri("other.md")}, {"type", 2}}}}}).empty());
}

TEST_CASE("lsp: malformed and unknown messages get errors, never a crash", "[lsp]") {
  std::vector<json> sent;
  LanguageServer server([&](const json& m) { sent.push_back(m); });
  server.Handle("{not json");
  server.Handle("[1,2]");
  server.Handle(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":7}})");
  server.Handle(R"({"jsonrpc":"2.0","id":2,"method":"workspace/symbol","params":{}})");
  server.Handle(R"({"jsonrpc":"2.0","id":3,"params":{}})");
  server.Handle(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":5}}})");
  server.Handle(R"({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///none"},"contentChanges":[{"range":{"start":{"line":-1}},"text":"x"}]}})");
  server.Handle(R"({"jsonrpc":"2.0","id":4,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///none"},"range":{}}})");
  server.Handle(R"({"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":null})");
  server.Publish();
  REQUIRE(sent.size() == 6);
  CHECK(sent[0] == json::parse(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"the message is not JSON"}})"));
  CHECK(sent[1]["result"]["capabilities"]["positionEncoding"] == "utf-16");
  CHECK(sent[2] == json::parse(R"({"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"translint does not handle \"workspace/symbol\""}})"));
  CHECK(sent[3] == json::parse(R"({"jsonrpc":"2.0","id":3,"error":{"code":-32600,"message":"a request needs a \"method\" string"}})"));
  CHECK(sent[4] == json::parse(R"({"jsonrpc":"2.0","id":4,"result":[]})"));
  CHECK(sent[5] == json::parse(R"({"jsonrpc":"2.0","id":5,"result":null})"));
}

TEST_CASE("lsp: shutdown then exit ends with 0, exit without shutdown with 1", "[lsp]") {
  std::stringstream in;
  const auto frame = [&](const std::string& body) { in << "Content-Length: " << body.size() << "\r\n\r\n" << body; };
  frame(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})");
  frame(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})");
  frame(R"({"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{}})");
  frame(R"({"jsonrpc":"2.0","method":"exit"})");
  std::stringstream out;
  CHECK(RunLanguageServer(in, out) == 0);
  std::vector<json> answers;
  while (true) {
    const Framed f = ReadMessage(out);
    if (f.end) break;
    answers.push_back(json::parse(f.body));
  }
  REQUIRE(answers.size() == 3);
  CHECK(answers[1] == json::parse(R"({"jsonrpc":"2.0","id":2,"result":null})"));
  CHECK(answers[2]["error"]["code"] == kInvalidRequest);
  std::stringstream abrupt(std::string("Content-Length: 33\r\n\r\n") + R"({"jsonrpc":"2.0","method":"exit"})");
  std::stringstream ignored;
  CHECK(RunLanguageServer(abrupt, ignored) == 1);
}

TEST_CASE("lsp: a request cancelled while it waits is answered RequestCancelled", "[lsp]") {
  std::stringstream in;
  const auto frame = [&](const std::string& body) { in << "Content-Length: " << body.size() << "\r\n\r\n" << body; };
  frame(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})");
  frame(R"({"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{}})");
  frame(R"({"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}})");
  frame(R"({"jsonrpc":"2.0","id":3,"method":"shutdown"})");
  frame(R"({"jsonrpc":"2.0","method":"exit"})");
  std::stringstream out;
  // The reader may or may not have queued the cancel before request 2 is taken:
  // either answer is right, and nothing else is.
  CHECK(RunLanguageServer(in, out) == 0);
  std::vector<json> answers;
  for (Framed f = ReadMessage(out); !f.end; f = ReadMessage(out)) answers.push_back(json::parse(f.body));
  REQUIRE(answers.size() == 3);
  CHECK(answers[1]["id"] == 2);
  CHECK((answers[1].contains("result") || answers[1]["error"]["code"] == kRequestCancelled));
}

}  // namespace
}  // namespace translint

namespace translint {
namespace {

// The code actions at the first finding of check `id` in `text`, in a project with `config`.
json ActionsFor(const TempDir& dir, const std::string& text, const std::string& id) {
  Client client;
  client.Initialize();
  const std::string uri = PathToUri(dir.path() + "/draft.md");
  const std::vector<json> out = client.Open(uri, text);
  for (const json& d : out.back()["params"]["diagnostics"]) {
    if (d["code"] != id) continue;
    return client.Request(9, "textDocument/codeAction",
                          {{"textDocument", {{"uri", uri}}}, {"range", d["range"]}, {"context", {{"diagnostics", json::array()}}}})["result"];
  }
  return nullptr;
}

json AddWord(const json& actions) {
  for (const json& a : actions) {
    if (a["title"].get<std::string>().rfind("Add “", 0) == 0) return a;
  }
  return nullptr;
}

json Insert(const std::string& uri, int line, int character, const std::string& text) {
  return {{"textDocument", {{"uri", uri}, {"version", nullptr}}},
          {"edits", {{{"range", Range(line, character, line, character)}, {"newText", text}}}}};
}

TEST_CASE("lsp: add a word to the word list the configuration names", "[lsp]") {
  TempDir dir;
  dir.Write(".translint.yaml", "default_rules: false\nspelling:\n  wordlist: words.txt\n");
  dir.Write("words.txt", "Kloop\nЖ😀");
  const json action = AddWord(ActionsFor(dir, "The zorblax team came.\n", "spelling/unknown-word"));
  REQUIRE(action.is_object());
  CHECK(action["title"] == "Add “zorblax” to the project word list");
  CHECK(action["edit"]["documentChanges"] ==
        json::array({Insert(PathToUri(dir.path() + "/words.txt"), 1, 3, "\nzorblax\n")}));
}

TEST_CASE("lsp: add a word creates the word list and names it under the config's spelling section", "[lsp]") {
  TempDir dir;
  dir.Write(".translint.yaml", "default_rules: false\nspelling:\n  dictionary: en_US\n");
  const json action = AddWord(ActionsFor(dir, "The zorblax team came.\n", "spelling/unknown-word"));
  REQUIRE(action.is_object());
  const std::string list = PathToUri(dir.path() + "/.translint-words.txt");
  CHECK(action["edit"]["documentChanges"] ==
        json::array({{{"kind", "create"}, {"uri", list}, {"options", {{"ignoreIfExists", true}}}},
                     Insert(list, 0, 0, "zorblax\n"),
                     Insert(PathToUri(dir.path() + "/.translint.yaml"), 2, 0, "  wordlist: .translint-words.txt\n")}));
}

TEST_CASE("lsp: add a word appends a spelling section, or gives no action for a flow-style one", "[lsp]") {
  TempDir dir;
  dir.Write(".translint.yaml", "default_rules: false");
  json action = AddWord(ActionsFor(dir, "The zorblax team came.\n", "spelling/unknown-word"));
  REQUIRE(action.is_object());
  CHECK(action["edit"]["documentChanges"].back() ==
        Insert(PathToUri(dir.path() + "/.translint.yaml"), 0, 20, "\nspelling:\n  wordlist: .translint-words.txt\n"));
  dir.Write(".translint.yaml", "default_rules: false\nspelling: {dictionary: en_US}\n");
  const json actions = ActionsFor(dir, "The zorblax team came.\n", "spelling/unknown-word");
  REQUIRE(actions.is_array());
  CHECK(AddWord(actions).is_null());
}

// Does what an editor does with an action's documentChanges (creates, then edits, the files of `dir`).
void ApplyWorkspaceEdit(const TempDir& dir, const json& action) {
  for (const json& change : action["edit"]["documentChanges"]) {
    const std::string path = *UriToPath(change.contains("kind") ? change["uri"] : change["textDocument"]["uri"]);
    const std::string name = std::filesystem::relative(path, dir.path()).string();
    if (change.contains("kind")) {
      if (!std::filesystem::exists(path)) dir.Write(name, "");
      continue;
    }
    dir.Write(name, ApplyEdits(testing::ReadAll(path), change["edits"]));
  }
}

json Titled(const json& actions, const std::string& title) {
  for (const json& a : actions) {
    if (a["title"] == title) return a;
  }
  return nullptr;
}

const char kJaparovTable[] =
    "entities:\n"
    "  - id: sadyr-japarov\n"
    "    kind: person\n"
    "    original: { ky: Садыр Жапаров }\n"
    "    preferred: { en: Sadyr Japarov }\n"
    "%s"
    "    source: AP\n";

std::string JaparovTable(const std::string& variants) {
  std::string table = kJaparovTable;
  table.replace(table.find("%s"), 2, variants);
  return table;
}

TEST_CASE("lsp: add a spelling as a variant of the entity in the project's rule table", "[lsp]") {
  struct Case {
    std::string variants, expected;
  };
  const std::vector<Case> cases = {
      {"    variants: [{ spelling: Sadyr Zhaparov, tag: transliteration }]\n",
       "    variants: [{ spelling: Sadyr Zhaparov, tag: transliteration }, Sadyr Japaroff]\n"},
      {"    variants:  # spellings\n      - { spelling: Sadyr Zhaparov,\n          tag: transliteration }\n\n",
       "    variants:  # spellings\n      - { spelling: Sadyr Zhaparov,\n          tag: transliteration }\n      - Sadyr Japaroff\n\n"},
      {"    variants:\n    - Sadyr Zhaparov\n", "    variants:\n    - Sadyr Zhaparov\n    - Sadyr Japaroff\n"},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.variants);
    TempDir dir;
    dir.Write(".translint.yaml", "default_rules: false\nrules: [tables/]\nchecks:\n  spelling/unknown-word: off\n");
    dir.Write("tables/names.yaml", JaparovTable(c.variants));
    Client client;
    client.Initialize();
    const std::string uri = PathToUri(dir.path() + "/draft.md");
    const json found = client.Open(uri, "Sadyr\nJaparoff spoke.\n").back()["params"]["diagnostics"];
    REQUIRE(found.size() == 1);
    CHECK(found[0]["code"] == "names/unlisted-spelling");
    const json actions = client.Request(2, "textDocument/codeAction",
                                        {{"textDocument", {{"uri", uri}}}, {"range", found[0]["range"]}, {"context", {{"diagnostics", json::array()}}}})["result"];
    const json action = Titled(actions, "Add “Sadyr Japaroff” as a variant of Sadyr Japarov");
    REQUIRE(action.is_object());
    ApplyWorkspaceEdit(dir, action);
    std::string expected = JaparovTable(c.expected);
    if (c.expected.empty()) expected.insert(expected.find("    kind:"), "    variants: [Sadyr Japaroff]\n");
    CHECK(testing::ReadAll(dir.path() + "/tables/names.yaml") == expected);
    // Saved, the spelling is a listed variant: the house form is now a sure fix.
    const std::vector<json> out =
        client.Notify("textDocument/didSave", {{"textDocument", {{"uri", PathToUri(dir.path() + "/tables/names.yaml")}}}});
    REQUIRE(out.size() == 1);
    REQUIRE(out[0]["params"]["diagnostics"].size() == 1);
    CHECK(out[0]["params"]["diagnostics"][0]["code"] == "names/non-preferred");
  }
}

TEST_CASE("lsp: add a spelling of a shipped entity to the configuration's variants", "[lsp]") {
  struct Case {
    std::string config, expected;  // "" = no configuration file
  };
  const std::string off = "checks:\n  spelling/unknown-word: off\n";
  const std::vector<Case> cases = {
      {"", "variants:\n  kassym-jomart-tokayev: [Qasym-Jomart Tokayev]\n"},
      {off, off + "variants:\n  kassym-jomart-tokayev: [Qasym-Jomart Tokayev]\n"},
      {"variants:\n    sadyr-japarov: [Sadyr Japaroff]\n" + off,
       "variants:\n    kassym-jomart-tokayev: [Qasym-Jomart Tokayev]\n    sadyr-japarov: [Sadyr Japaroff]\n" + off},
      {"variants:\n  kassym-jomart-tokayev: [Kassym Tokayev]  # old\n" + off,
       "variants:\n  kassym-jomart-tokayev: [Kassym Tokayev, Qasym-Jomart Tokayev]  # old\n" + off},
  };
  for (const Case& c : cases) {
    INFO(c.config);
    TempDir dir;
    if (!c.config.empty()) dir.Write(".translint.yaml", c.config);
    const json actions = ActionsFor(dir, "Qasym-Jomart Tokayev met the delegation.\n", "names/unlisted-spelling");
    const json action = Titled(actions, "Add “Qasym-Jomart Tokayev” as a variant of Kassym-Jomart Tokayev");
    REQUIRE(action.is_object());
    ApplyWorkspaceEdit(dir, action);
    CHECK(testing::ReadAll(dir.path() + "/.translint.yaml") == c.expected);
    // The edited configuration loads, and the spelling is now a listed variant.
    CHECK(ActionsFor(dir, "Qasym-Jomart Tokayev met the delegation.\n", "names/unlisted-spelling").is_null());
    CHECK(ActionsFor(dir, "Qasym-Jomart Tokayev met the delegation.\n", "names/non-preferred").is_array());
  }
  // A flow-style section, or a block list under the id, cannot be extended without rewriting it.
  for (const std::string config : {"variants: {}\n", "variants:\n  kassym-jomart-tokayev:\n    - Kassym Tokayev\n"}) {
    TempDir dir;
    dir.Write(".translint.yaml", config);
    const json actions = ActionsFor(dir, "Qasym-Jomart Tokayev met the delegation.\n", "names/unlisted-spelling");
    REQUIRE(actions.is_array());
    CHECK(Titled(actions, "Add “Qasym-Jomart Tokayev” as a variant of Kassym-Jomart Tokayev").is_null());
  }
}

TEST_CASE("lsp: once the add-word edits are saved the spelling finding is gone", "[lsp]") {
  TempDir dir;
  dir.Write(".translint.yaml", "default_rules: false\nspelling:\n  dictionary: en_US\n");
  Client client;
  client.Initialize();
  const std::string uri = PathToUri(dir.path() + "/draft.md");
  const json found = client.Open(uri, "The zorblax team came.\n").back()["params"]["diagnostics"];
  REQUIRE(found.size() == 1);
  const json actions = client.Request(2, "textDocument/codeAction",
                                      {{"textDocument", {{"uri", uri}}}, {"range", found[0]["range"]}, {"context", {{"diagnostics", json::array()}}}})["result"];
  const json action = AddWord(actions);
  REQUIRE(action.is_object());
  ApplyWorkspaceEdit(dir, action);  // what the editor does, then saves
  CHECK(testing::ReadAll(dir.path() + "/.translint.yaml") ==
        "default_rules: false\nspelling:\n  wordlist: .translint-words.txt\n  dictionary: en_US\n");
  const std::vector<json> out =
      client.Notify("textDocument/didSave", {{"textDocument", {{"uri", PathToUri(dir.path() + "/.translint.yaml")}}}});
  REQUIRE(out.size() == 1);
  CHECK(out[0]["params"]["diagnostics"] == json::array());
}

TEST_CASE("lsp: two findings with the same fix give one quick fix", "[lsp]") {
  Project project;
  const json actions = ActionsFor(project.dir(), "Sadyr Japarov came. Sadyr Zhaparov left.\n", "names/inconsistent");
  REQUIRE(actions.is_array());
  int fixes = 0;
  for (const json& a : actions) fixes += a["title"] == "Replace “Sadyr Zhaparov” with “Sadyr Japarov”";
  CHECK(fixes == 1);
}

}  // namespace
}  // namespace translint
