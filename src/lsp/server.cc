#include "lsp/server.h"

#include <algorithm>
#include <filesystem>

#include "lsp/json_rpc.h"
#include "lsp/uri.h"

namespace translint {

using nlohmann::json;

namespace {

// A string field of `object`, or "" when it is missing or not a string.
std::string StringField(const json& object, const char* key) {
  if (!object.is_object()) return "";
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// Where the text of a document without a file path lives for the Linter: the
// server's working folder, so the nearest .translint.yaml still applies.
std::string PathFor(const std::string& uri) {
  if (std::optional<std::string> path = UriToPath(uri)) return *path;
  std::string name = uri.substr(uri.find(':') + 1);
  std::replace(name.begin(), name.end(), '/', '_');
  return (std::filesystem::current_path() / name).string();
}

// The format a languageId names, when the path's extension does not say.
std::optional<InputFormat> FormatOfLanguageId(const std::string& language_id, const std::string& path) {
  const bool txt = path.size() >= 4 && path.compare(path.size() - 4, 4, ".txt") == 0;
  if (txt || InputFormatForPath(path) != InputFormat::kPlainText) return std::nullopt;
  if (language_id == "markdown") return InputFormat::kMarkdown;
  if (language_id == "html") return InputFormat::kHtml;
  if (language_id == "jsonl" || language_id == "jsonlines") return InputFormat::kJsonLines;
  if (language_id == "po") return InputFormat::kPo;
  if (language_id == "plaintext" || language_id == "text") return InputFormat::kPlainText;
  return std::nullopt;
}

}  // namespace

LanguageServer::LanguageServer(Send send) : send_(std::move(send)), workspace_(std::make_shared<Workspace>(options_)) {}

LanguageServer::LanguageServer(Send send, std::shared_ptr<Workspace> workspace)
    : send_(std::move(send)), workspace_(std::move(workspace)) {}

void LanguageServer::Handle(const std::string& body) {
  json message = json::parse(body, nullptr, false);
  if (message.is_discarded()) {
    send_(ErrorResponse(nullptr, kParseError, "the message is not JSON"));
    return;
  }
  if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
    // A response to a request of ours (we send none that wait for one) or junk.
    if (message.is_object() && message.contains("id") && !message.contains("result") && !message.contains("error")) {
      send_(ErrorResponse(message["id"], kInvalidRequest, "a request needs a \"method\" string"));
    }
    return;
  }
  try {
    Dispatch(message);
  } catch (const json::exception& e) {
    // A field of the wrong type deep in the params: the request's fault, not a crash.
    if (message.contains("id")) send_(ErrorResponse(message["id"], kInvalidParams, std::string("invalid params: ") + e.what()));
  }
}

void LanguageServer::Dispatch(const json& message) {
  const std::string method = message["method"];
  const bool request = message.contains("id");
  const json id = request ? message["id"] : json();
  json params = message.value("params", json::object());
  if (!params.is_object()) params = json::object();
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (method == "initialize") {
    send_(Response(id, Initialize(params)));
    initialized_ = true;
    return;
  }
  if (!initialized_) {
    if (request) send_(ErrorResponse(id, kServerNotInitialized, "send \"initialize\" first"));
    return;
  }
  if (shutdown_ && request) {
    send_(ErrorResponse(id, kInvalidRequest, "the server is shutting down: only \"exit\" is accepted"));
    return;
  }
  if (method == "shutdown") {
    shutdown_ = true;
    send_(Response(id, nullptr));
  } else if (method == "textDocument/didOpen") {
    DidOpen(params);
  } else if (method == "textDocument/didChange") {
    DidChange(params);
  } else if (method == "textDocument/didClose") {
    DidClose(params);
  } else if (method == "textDocument/didSave") {
    DidSave(params);
  } else if (method == "workspace/didChangeWatchedFiles") {
    DidChangeWatchedFiles(params);
  } else if (method == "textDocument/codeAction" && request) {
    Publish();  // actions for the text as it is now
    send_(Response(id, CodeActions(params)));
  } else if (method == "textDocument/hover" && request) {
    send_(Response(id, Hover(params)));
  } else if (request) {
    send_(ErrorResponse(id, kMethodNotFound, "translint does not handle \"" + method + "\""));
  }
  // Other notifications ("initialized", "$/cancelRequest" of a request already
  // answered, "$/setTrace", ...) need nothing.
}

json LanguageServer::Initialize(const json& params) {
  const json encodings = params.value("/capabilities/general/positionEncodings"_json_pointer, json());
  utf8_ = encodings.is_array() && std::find(encodings.begin(), encodings.end(), "utf-8") != encodings.end();
  return {{"capabilities",
           {{"positionEncoding", utf8_ ? "utf-8" : "utf-16"},
            {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"hoverProvider", true}}},
          {"serverInfo", {{"name", "translint"}, {"version", TRANSLINT_VERSION}}}};
}

LanguageServer::OpenDocument* LanguageServer::Find(const json& params) {
  const std::string uri = StringField(params.value("textDocument", json::object()), "uri");
  const auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

void LanguageServer::DidOpen(const json& params) {
  const json item = params.value("textDocument", json::object());
  const std::string uri = StringField(item, "uri");
  if (uri.empty() || !item.contains("text") || !item["text"].is_string()) return;
  OpenDocument& doc = documents_[uri];
  doc.uri = uri;
  doc.path = PathFor(uri);
  doc.language_id = StringField(item, "languageId");
  doc.format = FormatOfLanguageId(doc.language_id, doc.path);
  doc.language = SupportedLanguage(doc.language_id);
  doc.SetText(item["text"]);
  doc.version = item.value("version", int64_t{0});
  doc.stale = true;
}

void LanguageServer::DidChange(const json& params) {
  OpenDocument* doc = Find(params);
  if (doc == nullptr || !params.contains("contentChanges") || !params["contentChanges"].is_array()) return;
  for (const json& change : params["contentChanges"]) {
    if (!change.is_object() || !change.contains("text") || !change["text"].is_string()) continue;
    const std::string& text = change["text"].get_ref<const std::string&>();
    if (!change.contains("range")) {
      doc->SetText(text);
      continue;
    }
    const json& range = change["range"];
    if (!range.is_object()) continue;
    const size_t begin = OffsetOf(*doc, range.value("start", json()));
    const size_t end = std::max(begin, OffsetOf(*doc, range.value("end", json())));
    doc->Replace(begin, end, text);
  }
  if (const json& v = params["textDocument"]; v.is_object() && v.contains("version") && v["version"].is_number_integer()) {
    doc->version = v["version"];
  }
  // A huge document is checked when it is opened and saved, not at every keystroke.
  if (doc->text.size() <= kMaxLiveBytes) {
    doc->stale = true;
  } else if (!doc->said_huge) {
    doc->said_huge = true;
    send_(Notification("window/showMessage",
                       {{"type", 3},
                        {"message", "translint: " + doc->path + " is " + std::to_string(doc->text.size() >> 20) +
                                        " MB: it is checked when saved, not as you type (up to " +
                                        std::to_string(kMaxLiveBytes >> 20) + " MB)"}}));
  }
}

void LanguageServer::DidClose(const json& params) {
  const std::string uri = StringField(params.value("textDocument", json::object()), "uri");
  if (documents_.erase(uri) == 0) return;
  across_stale_ = true;
  send_(Notification("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}}));
}

namespace {

// A configuration, a rule table or a word list: a change to one may change what the Linter finds.
bool IsProjectFile(const std::string& uri) {
  const std::optional<std::string> path = UriToPath(uri);
  if (!path) return false;
  const std::filesystem::path p(*path);
  const std::string ext = p.extension().string();
  return p.filename() == kConfigFileName || ext == ".yaml" || ext == ".yml" || ext == ".txt";
}

}  // namespace

void LanguageServer::DidSave(const json& params) {
  if (OpenDocument* doc = Find(params); doc != nullptr && doc->text.size() > kMaxLiveBytes) doc->stale = true;
  if (IsProjectFile(StringField(params.value("textDocument", json::object()), "uri"))) Reload();
}

void LanguageServer::DidChangeWatchedFiles(const json& params) {
  const json changes = params.value("changes", json::array());
  if (!changes.is_array()) return;
  if (std::any_of(changes.begin(), changes.end(), [](const json& c) { return IsProjectFile(StringField(c, "uri")); })) {
    Reload();
  }
}

void LanguageServer::Reload() {
  workspace_ = std::make_shared<Workspace>(options_);
  config_problems_.clear();
  for (const std::string& uri : problem_uris_) {
    send_(Notification("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}}));
  }
  problem_uris_.clear();
  for (auto& [uri, doc] : documents_) {
    doc.stale = true;
    doc.records.clear();  // they point into the old Linter's tables
  }
}

void LanguageServer::ShowConfigProblem(const std::string& message) {
  if (!config_problems_.insert(message).second) return;
  send_(Notification("window/showMessage", {{"type", 1}, {"message", "translint: " + message}}));
  // "PATH:LINE:COL: what" -> a diagnostic at that place of PATH.
  const size_t colon = message.find(": ");
  const std::string where = message.substr(0, colon);
  const size_t c2 = where.rfind(':');
  const size_t c1 = c2 == std::string::npos || c2 == 0 ? std::string::npos : where.rfind(':', c2 - 1);
  if (colon == std::string::npos || c1 == std::string::npos) return;
  const std::string path = where.substr(0, c1);
  const auto number = [](const std::string& digits) -> long {
    return !digits.empty() && digits.size() < 9 && digits.find_first_not_of("0123456789") == std::string::npos
               ? std::stol(digits) : 0;
  };
  const long line = number(where.substr(c1 + 1, c2 - c1 - 1)), column = number(where.substr(c2 + 1));
  std::error_code ec;
  if (line < 1 || column < 1 || !std::filesystem::is_regular_file(path, ec)) return;
  const json at = {{"line", line - 1}, {"character", column - 1}};
  const std::string uri = PathToUri(std::filesystem::absolute(path, ec).string());
  problem_uris_.insert(uri);
  send_(Notification("textDocument/publishDiagnostics",
                     {{"uri", uri},
                      {"diagnostics",
                       {{{"range", {{"start", at}, {"end", at}}}, {"severity", 1}, {"source", "translint"},
                         {"code", "config/invalid"}, {"message", message.substr(colon + 2)}}}}}));
}

const Linter* LanguageServer::LinterFor(const OpenDocument& doc) {
  Result<const Linter*> linter = workspace_->LinterFor(std::filesystem::path(doc.path).parent_path().string());
  if (linter.ok()) return *linter;
  ShowConfigProblem(linter.status().message());
  return nullptr;
}

DocumentBatch LanguageServer::Read(const OpenDocument& doc, const Linter& linter,
                                   std::vector<Diagnostic>* problems) const {
  ReadOptions options = linter.read_options();
  if (!doc.language.empty()) options.language = doc.language;
  options.format = doc.format;
  return linter.Read(doc.path, doc.text, options, problems);
}

void LanguageServer::Check(OpenDocument* doc) {
  doc->own.clear();
  doc->records.clear();
  const Linter* linter = LinterFor(*doc);
  if (linter == nullptr) return;
  DocumentBatch batch = Read(*doc, *linter, &doc->own);
  for (const auto& document : batch.documents) {
    Linter::Analysis analysis = linter->Analyze(*document);
    doc->own.insert(doc->own.end(), std::make_move_iterator(analysis.diagnostics.begin()),
                    std::make_move_iterator(analysis.diagnostics.end()));
    if (linter->CorpusChecksOn()) doc->records.push_back(std::move(analysis.record));
  }
}

const LanguageServer::OpenDocument* LanguageServer::ByPath(const std::string& path) const {
  for (const auto& [uri, doc] : documents_) {
    if (doc.path == path) return &doc;
  }
  return nullptr;
}

void LanguageServer::CheckAcross() {
  CorpusIndex corpus;
  for (const auto& [uri, doc] : documents_) {
    for (const DocumentRecord& record : doc.records) corpus.Add(record);  // a copy: the document keeps its own
  }
  std::map<std::string, OpenDocument*> by_path;
  for (auto& [uri, doc] : documents_) {
    doc.across.clear();
    by_path.emplace(doc.path, &doc);
  }
  if (corpus.size() < 2) return;  // one document: its own checks said it all
  for (Diagnostic& d : Linter::CheckCorpus(corpus)) {
    if (const auto it = by_path.find(d.location.path); it != by_path.end()) it->second->across.push_back(std::move(d));
  }
}

void LanguageServer::Publish() {
  std::set<std::string> checked;
  for (auto& [uri, doc] : documents_) {
    if (!doc.stale) continue;
    doc.stale = false;
    Check(&doc);
    checked.insert(uri);
  }
  if (checked.empty() && !across_stale_) return;
  across_stale_ = false;
  CheckAcross();
  for (auto& [uri, doc] : documents_) {
    doc.diagnostics = doc.own;
    doc.diagnostics.insert(doc.diagnostics.end(), doc.across.begin(), doc.across.end());
    std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(), DiagnosticLess);
    json diagnostics = json::array();
    for (const Diagnostic& d : doc.diagnostics) diagnostics.push_back(ToLsp(doc, d));
    // Each checked document gets its diagnostics (a client may wait for them); another only when a finding across documents changed.
    if (checked.count(uri) == 0 && diagnostics == doc.published) continue;
    doc.published = diagnostics;
    send_(Notification("textDocument/publishDiagnostics",
                       {{"uri", uri}, {"version", doc.version}, {"diagnostics", std::move(diagnostics)}}));
  }
}

}  // namespace translint
