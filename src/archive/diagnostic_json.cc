#include "archive/diagnostic_json.h"

#include <nlohmann/json.hpp>

namespace translint {

namespace {

using json = nlohmann::json;

json PositionJson(const Position& p) { return json::array({p.line, p.column, p.utf16_column}); }

Position PositionFrom(const json& j) {
  return Position{j.at(0).get<size_t>(), j.at(1).get<size_t>(), j.at(2).get<size_t>()};
}

json LocationJson(const Location& l) {
  return json{{"path", l.path},
              {"span", json::array({l.span.begin, l.span.end})},
              {"start", PositionJson(l.start)},
              {"end", PositionJson(l.end)},
              {"line", l.line_text},
              {"excerpt_column", l.excerpt_column},
              {"cut", l.excerpt_cut},
              {"line_begin", l.line_begin}};
}

Location LocationFrom(const json& j) {
  Location l;
  l.path = j.at("path").get<std::string>();
  l.span = Span{j.at("span").at(0).get<size_t>(), j.at("span").at(1).get<size_t>()};
  l.start = PositionFrom(j.at("start"));
  l.end = PositionFrom(j.at("end"));
  l.line_text = j.at("line").get<std::string>();
  l.excerpt_column = j.at("excerpt_column").get<size_t>();
  l.excerpt_cut = j.at("cut").get<bool>();
  l.line_begin = j.value("line_begin", size_t{0});
  return l;
}

}  // namespace

std::string DiagnosticToJson(const Diagnostic& d) {
  json out{{"check", d.check},         {"severity", std::string(ToString(d.severity))},
           {"location", LocationJson(d.location)}, {"message", d.message},
           {"text", d.text},           {"suggestions", d.suggestions}};
  json notes = json::array();
  for (const Note& n : d.notes) notes.push_back({{"location", LocationJson(n.location)}, {"message", n.message}});
  out["notes"] = std::move(notes);
  json fix = json::array();
  for (const Edit& e : d.fix) fix.push_back({e.span.begin, e.span.end, e.replacement});
  out["fix"] = std::move(fix);
  // Bytes that are not UTF-8 become U+FFFD (the index keeps file names exactly
  // in its files table, and the loader puts them back).
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<Diagnostic> DiagnosticFromJson(std::string_view text) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  try {
    Diagnostic d;
    d.check = j.at("check").get<std::string>();
    const std::optional<Severity> severity = ParseSeverity(j.at("severity").get<std::string>());
    if (!severity) return std::nullopt;
    d.severity = *severity;
    d.location = LocationFrom(j.at("location"));
    d.message = j.at("message").get<std::string>();
    d.text = j.at("text").get<std::string>();
    d.suggestions = j.at("suggestions").get<std::vector<std::string>>();
    for (const json& n : j.at("notes")) d.notes.push_back(Note{LocationFrom(n.at("location")), n.at("message")});
    for (const json& e : j.at("fix")) {
      d.fix.push_back(Edit{Span{e.at(0).get<size_t>(), e.at(1).get<size_t>()}, e.at(2).get<std::string>()});
    }
    return d;
  } catch (const json::exception&) {
    return std::nullopt;
  }
}

}  // namespace translint
