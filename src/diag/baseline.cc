#include "diag/baseline.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "base/file_io.h"
#include "diag/fingerprint.h"

namespace translint {

namespace {

using json = nlohmann::ordered_json;

constexpr char kStale[] = "baseline/stale-entry";

// The 1-based line of each entry in the file's text, when the file has one
// entry a line (as Update writes it); else every entry is at line 1.
std::vector<size_t> EntryLines(const std::string& text, size_t entries) {
  std::vector<size_t> lines;
  std::istringstream in(text);
  size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find("{\"path\"") != std::string::npos) lines.push_back(number);
  }
  if (lines.size() != entries) lines.assign(entries, 1);
  return lines;
}

}  // namespace

std::string BaselinePath(std::string_view path) {
  while (path.size() > 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
  return std::string(path);
}

Result<Baseline> Baseline::Load(const std::string& path) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) {
    return Status::Error(path + " (--baseline): " + text.status().message() +
                         "; write it with `translint check --baseline " + path + " --update-baseline`");
  }
  const json doc = json::parse(*text, nullptr, false);
  const auto bad = [&](const std::string& what) {
    return Status::Error(path + " (--baseline): " + what + "; write it again with --update-baseline");
  };
  if (doc.is_discarded()) return bad("not JSON");
  if (!doc.is_object() || doc.value("version", 0) != 1 || !doc.contains("entries") || !doc["entries"].is_array()) {
    return bad("not a translint baseline of version 1 (an object with \"version\": 1 and \"entries\")");
  }
  Baseline baseline(path);
  const std::vector<size_t> lines = EntryLines(*text, doc["entries"].size());
  for (size_t i = 0; i < doc["entries"].size(); ++i) {
    const json& e = doc["entries"][i];
    try {
      Key key{e.at("path").get<std::string>(), e.at("check").get<std::string>(), e.at("fingerprint").get<std::string>()};
      Entry& entry = baseline.entries_[key];
      entry.text = e.value("text", "");
      entry.count += e.value("count", size_t{1});
      entry.left = entry.count;
      entry.line = lines[i];
    } catch (const json::exception&) {
      return bad("entry " + std::to_string(i + 1) + " (line " + std::to_string(lines[i]) +
                 ") lacks a string path, check or fingerprint");
    }
  }
  return baseline;
}

bool Baseline::Absorb(const Diagnostic& d) {
  const auto found = entries_.find(Key{BaselinePath(d.location.path), d.check, Fingerprint(d)});
  if (found == entries_.end() || found->second.left == 0) return false;
  --found->second.left;
  return true;
}

std::vector<Diagnostic> Baseline::Stale(const std::set<std::string>& checked) const {
  std::vector<Diagnostic> stale;
  for (const auto& [key, entry] : entries_) {
    if (entry.left == 0 || checked.count(std::get<0>(key)) == 0) continue;
    Diagnostic d;
    d.check = kStale;
    d.severity = Severity::kInfo;
    d.location.path = path_;
    d.location.start.line = d.location.end.line = entry.line;
    d.message = "the baseline accepts " + std::to_string(entry.left) + " more " + std::get<1>(key) + " finding" +
                (entry.left == 1 ? "" : "s") + " on \"" + entry.text + "\" in " + std::get<0>(key) +
                " than there are now (fixed since?): `--update-baseline` drops the entry";
    d.text = entry.text;
    stale.push_back(std::move(d));
  }
  return stale;
}

void Baseline::Record(const Diagnostic& d) {
  if (d.check == kStale) return;
  Entry& entry = recorded_[Key{BaselinePath(d.location.path), d.check, Fingerprint(d)}];
  entry.text = d.text;
  ++entry.count;
}

Status Baseline::Update(const std::set<std::string>& checked) {
  std::map<Key, Entry> next = std::move(recorded_);
  recorded_.clear();
  for (const auto& [key, entry] : entries_) {
    if (checked.count(std::get<0>(key)) == 0) next.emplace(key, entry);
  }
  std::string out = "{\"version\": 1, \"entries\": [";
  bool first = true;
  for (const auto& [key, entry] : next) {
    const json line{{"path", std::get<0>(key)},
                    {"check", std::get<1>(key)},
                    {"fingerprint", std::get<2>(key)},
                    {"text", entry.text},
                    {"count", entry.count}};
    out += first ? "\n  " : ",\n  ";
    out += line.dump(-1, ' ', false, json::error_handler_t::replace);
    first = false;
  }
  out += first ? "]}\n" : "\n]}\n";
  entries_ = std::move(next);
  return WriteFileAtomically(path_, out, std::nullopt);
}

}  // namespace translint
