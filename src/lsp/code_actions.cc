// LanguageServer::CodeActions: the quick fixes of the findings in a range —
// the sure fix (preferred), each suggestion, the edits of the project's files
// (project_actions.cc, variant_action.cc), and "disable CHECK for this line".
#include <algorithm>
#include <set>

#include "lsp/server.h"

namespace translint {

using nlohmann::json;

namespace {

json Action(const std::string& title, const std::string& uri, json edits, const json& diagnostic, bool preferred) {
  json action = {{"title", title},
                 {"kind", "quickfix"},
                 {"diagnostics", json::array({diagnostic})},
                 {"edit", {{"changes", {{uri, std::move(edits)}}}}}};
  if (preferred) action["isPreferred"] = true;
  return action;
}

// "Replace “Zhaparov” with “Japarov”" for an edit of one span.
std::string ReplaceTitle(const std::string& old_text, const std::string& replacement) {
  if (replacement.empty()) return "Delete “" + old_text + "”";
  if (old_text.empty()) return "Insert “" + replacement + "”";
  return "Replace “" + old_text + "” with “" + replacement + "”";
}

}  // namespace

json LanguageServer::CodeActions(const json& params) {
  json actions = json::array();
  OpenDocument* doc = Find(params);
  if (doc == nullptr || !params.contains("range")) return actions;
  const json& range = params["range"];
  const size_t begin = OffsetOf(*doc, range.value("start", json()));
  const size_t end = std::max(begin, OffsetOf(*doc, range.value("end", json())));
  std::set<std::string> offered;  // the edits of the actions so far: two findings with one fix give one action
  const auto add = [&](json action) {
    if (offered.insert(action["edit"].dump()).second) actions.push_back(std::move(action));
  };
  for (const Diagnostic& d : doc->diagnostics) {
    const Span span = d.location.span;
    if (span.end < begin || span.begin > end || span.end > doc->text.size()) continue;
    const json diagnostic = ToLsp(*doc, d);
    if (!d.fix.empty()) {
      json edits = json::array();
      for (const Edit& e : d.fix) edits.push_back({{"range", RangeOf(*doc, e.span)}, {"newText", e.replacement}});
      const std::string title =
          d.fix.size() == 1 ? ReplaceTitle(doc->text.substr(d.fix[0].span.begin, d.fix[0].span.size()), d.fix[0].replacement)
                            : "Fix: " + d.message;
      add(Action(title, doc->uri, std::move(edits), diagnostic, true));
    }
    for (const std::string& suggestion : d.suggestions) {
      if (d.fix.size() == 1 && d.fix[0].span == span && d.fix[0].replacement == suggestion) continue;  // the fix itself
      json edit = {{"range", RangeOf(*doc, span)}, {"newText", suggestion}};
      add(Action(ReplaceTitle(d.text, suggestion), doc->uri, json::array({edit}), diagnostic, false));
    }
    if (d.check == "spelling/unknown-word") {
      if (std::optional<json> word = AddWordAction(*doc, d, diagnostic)) add(std::move(*word));
    }
    if (d.check == "names/unlisted-spelling") {
      if (std::optional<json> variant = AddVariantAction(*doc, d, diagnostic)) add(std::move(*variant));
    }
    // The suppression comment at the end of the finding's line (before its line break).
    size_t line_end = doc->text.find('\n', span.begin);
    if (line_end == std::string::npos) line_end = doc->text.size();
    if (line_end > 0 && doc->text[line_end - 1] == '\r') --line_end;
    json edit = {{"range", RangeOf(*doc, Span{line_end, line_end})},
                 {"newText", " <!-- translint-disable-line " + d.check + " -->"}};
    add(Action("Disable " + d.check + " for this line", doc->uri, json::array({edit}), diagnostic, false));
  }
  return actions;
}

}  // namespace translint
