// The archive report as one self-contained HTML page (see archive_report.h).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <cstdio>
#include <sstream>

#include "report/archive_report.h"

#include "base/number_text.h"
#include "report/xml_escape.h"

namespace translint {

namespace {

std::string Escape(std::string_view text) { return EscapeXml(text); }

// A relative URL from the report's folder to `path` (a relative path is taken
// from the working folder), every byte but unreserved ones and "/"
// percent-encoded.
std::string Link(const std::string& path, const std::string& report_folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path from = fs::absolute(report_folder, ec).lexically_normal();
  std::string relative = fs::absolute(path, ec).lexically_normal().lexically_relative(from).string();
  if (relative.empty()) relative = path;
  static const char kHex[] = "0123456789ABCDEF";
  std::string url;
  for (const char c : relative) {
    const auto b = static_cast<unsigned char>(c);
    if (std::isalnum(b) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      url += c;
    } else {
      url += {'%', kHex[b >> 4], kHex[b & 15]};
    }
  }
  return url;
}

std::string OutletName(const std::string& outlet) { return outlet.empty() ? "(no outlet)" : outlet; }

const char* const kPalette[] = {"#c0392b", "#e67e22", "#2980b9", "#8e44ad", "#16a085", "#7f8c8d", "#d35400", "#2c3e50"};
const char kHouseColor[] = "#27ae60";

std::string ColorOf(const std::vector<ArchiveSummary::Spelling>& spellings, size_t k) {
  if (spellings[k].house) return kHouseColor;
  size_t others = 0;
  for (size_t i = 0; i < k; ++i) others += !spellings[i].house;
  return kPalette[others % (sizeof kPalette / sizeof kPalette[0])];
}

const char kStyle[] = R"css(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:0;background:#f6f7f9}
header{background:#1f2d3d;color:#fff;padding:16px 28px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;color:#c8d1dc}nav{background:#fff;border-bottom:1px solid #dde;padding:8px 28px}
nav a{margin-right:18px;color:#1f5fa8;text-decoration:none}main{padding:12px 28px 40px;max-width:1200px}
section{background:#fff;border:1px solid #e1e4e8;border-radius:6px;padding:14px 18px;margin:16px 0}
h2{margin:0 0 10px;font-size:18px}.cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:12px}
.card{border:1px solid #e1e4e8;border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:20px}.card span{color:#666;font-size:12px}
table{border-collapse:collapse;margin:6px 0 12px}th,td{border-bottom:1px solid #eee;padding:3px 10px;text-align:left}
th{background:#f0f2f5;cursor:pointer;user-select:none;font-weight:600}td.n,th.n{text-align:right}
details.entity{border-top:1px solid #eee;padding:6px 0}details.entity summary{cursor:pointer;font-weight:600}
.house{color:#1e8449}.dev{color:#b03a2e}.muted{color:#777;font-weight:normal}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
pre{background:#f6f8fa;border:1px solid #e1e4e8;border-radius:4px;padding:8px;overflow:auto;margin:4px 0}
button{font-size:12px}input#filter{padding:4px 8px;width:280px;margin-bottom:8px}
.warn{background:#fff4e5;border:1px solid #f0b46b;padding:8px 12px;border-radius:4px}
code{font-size:12px}ol.devs{margin:4px 0 8px;max-height:220px;overflow:auto}
.heat{font-variant-numeric:tabular-nums}.scroll{max-height:340px;overflow:auto}.wide{overflow-x:auto}
)css";

const char kScript[] = R"js(
(function () {
  function key(cell) {
    var t = cell.getAttribute('data-v') || cell.textContent.trim();
    var n = parseFloat(t.replace(/,/g, ''));
    return isNaN(n) || /[a-z]/i.test(t.replace(/,/g, '').replace(/^[\d.]+$/, '')) ? t.toLowerCase() : n;
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('th').forEach(function (th, column) {
      th.title = 'Sort';
      th.addEventListener('click', function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var down = th.getAttribute('data-down') !== '1';
        th.setAttribute('data-down', down ? '1' : '0');
        rows.sort(function (a, b) {
          var x = key(a.cells[column]), y = key(b.cells[column]);
          var c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === 'number' ? -1 : 1);
          return down ? -c : c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  var filter = document.getElementById('filter');
  if (filter) {
    filter.addEventListener('input', function () {
      var q = filter.value.toLowerCase();
      document.querySelectorAll('[data-name]').forEach(function (e) {
        e.style.display = e.getAttribute('data-name').indexOf(q) >= 0 ? '' : 'none';
      });
    });
  }
  document.querySelectorAll('button.copy').forEach(function (b) {
    b.addEventListener('click', function () {
      var pre = document.getElementById(b.getAttribute('data-for'));
      var range = document.createRange();
      range.selectNodeContents(pre);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      try { document.execCommand('copy'); b.textContent = 'Copied'; } catch (e) { b.textContent = 'Selected'; }
    });
  });
  document.body.setAttribute('data-ready', '1');
})();
)js";

void Header(const ArchiveSummary& s, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      << "<title>translint archive report: " << Thousands(s.documents) << " documents</title><style>" << kStyle
      << "</style></head><body>\n<header><h1>Names and artifacts across the archive</h1><p>"
      << Thousands(s.documents) << (s.documents == 1 ? " document in " : " documents in ") << Thousands(s.files)
      << (s.files == 1 ? " file" : " files");
  if (!s.first_date.empty()) out << ", " << Escape(s.first_date) << " to " << Escape(s.last_date);
  out << " · indexed " << Escape(s.indexed_at) << " by translint " << Escape(s.translint_version) << "</p></header>\n"
      << "<nav><a href=\"#summary\">Summary</a><a href=\"#names\">Names (" << s.entities.size()
      << ")</a><a href=\"#clusters\">Unlisted names (" << s.clusters.size()
      << ")</a><a href=\"#artifacts\">Artifacts by outlet</a></nav>\n<main>\n";
  if (!s.complete) {
    out << "<p class=\"warn\">The last run into this index did not finish: the corpus findings and the name "
           "clusters may be out of date. Run <code>translint index</code> again.</p>\n";
  }
}

void CountTable(const std::vector<ArchiveSummary::Count>& counts, const char* what, const char* unit,
                std::ostream& out) {
  out << "<table class=\"sortable\"><thead><tr><th>" << what << "</th><th class=\"n\">" << unit
      << "</th></tr></thead><tbody>";
  for (const ArchiveSummary::Count& c : counts) {
    out << "<tr><td>" << Escape(OutletName(c.key)) << "</td><td class=\"n\">" << Thousands(c.count) << "</td></tr>";
  }
  out << "</tbody></table>\n";
}

void Summary(const ArchiveSummary& s, std::ostream& out) {
  int64_t findings = 0;
  for (const ArchiveSummary::Count& c : s.checks) findings += c.count;
  out << "<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">";
  const auto card = [&](const std::string& value, const char* label) {
    out << "<div class=\"card\"><b>" << value << "</b><span>" << label << "</span></div>";
  };
  card(Thousands(s.documents), "documents");
  card(Thousands(s.words), "words");
  card(Thousands(static_cast<int64_t>(s.outlets.size())), "outlets");
  card(s.first_date.empty() ? "–" : Escape(s.first_date.substr(0, 10)) + " – " + Escape(s.last_date.substr(0, 10)),
       "date range");
  card(Thousands(findings), "findings");
  out << "</div>\n<div style=\"display:flex;gap:40px;flex-wrap:wrap\"><div><h3>Findings per check</h3>";
  out << "<div class=\"scroll\">";
  CountTable(s.checks, "Check", "Findings", out);
  out << "</div>";
  out << "</div><div><h3>Per outlet</h3><table class=\"sortable\"><thead><tr><th>Outlet</th>"
      << "<th class=\"n\">Documents</th><th class=\"n\">Findings</th><th class=\"n\">per document</th></tr></thead><tbody>";
  for (const ArchiveSummary::Count& o : s.outlets) {
    int64_t f = 0;
    for (const ArchiveSummary::Count& c : s.findings_by_outlet) f += c.key == o.key ? c.count : 0;
    char rate[32];
    std::snprintf(rate, sizeof rate, "%.2f", o.count ? static_cast<double>(f) / static_cast<double>(o.count) : 0.0);
    out << "<tr><td>" << Escape(OutletName(o.key)) << "</td><td class=\"n\">" << Thousands(o.count)
        << "</td><td class=\"n\">" << Thousands(f) << "</td><td class=\"n\">" << rate << "</td></tr>";
  }
  out << "</tbody></table></div></div></section>\n";
}

// Mentions per period, stacked by spelling.
void Chart(const ArchiveSummary& s, const ArchiveSummary::Entity& e, std::ostream& out) {
  if (s.periods.empty()) return;  // Entities() says so once
  int64_t top = 1;
  for (const std::string& p : s.periods) {
    int64_t total = 0;
    for (const ArchiveSummary::Spelling& sp : e.spellings) {
      const auto it = sp.by_period.find(p);
      total += it == sp.by_period.end() ? 0 : it->second;
    }
    top = std::max(top, total);
  }
  const int bar = std::clamp(760 / static_cast<int>(s.periods.size()), 3, 40);
  const int height = 110, left = 36, width = left + bar * static_cast<int>(s.periods.size()) + 8;
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height + 22
      << "\" role=\"img\" aria-label=\"Mentions of " << Escape(e.name) << " per period, by spelling\">"
      << "<line x1=\"" << left << "\" y1=\"" << height << "\" x2=\"" << width << "\" y2=\"" << height
      << "\" stroke=\"#999\"/><text x=\"" << left - 4 << "\" y=\"10\" font-size=\"10\" text-anchor=\"end\">"
      << top << "</text><text x=\"" << left - 4 << "\" y=\"" << height << "\" font-size=\"10\" text-anchor=\"end\">0</text>";
  const size_t label_every = static_cast<size_t>((48 + bar - 1) / bar);  // a label is about 45 pixels wide
  for (size_t i = 0; i < s.periods.size(); ++i) {
    const std::string& p = s.periods[i];
    const int x = left + bar * static_cast<int>(i);
    double y = height;
    for (size_t k = 0; k < e.spellings.size(); ++k) {
      const auto it = e.spellings[k].by_period.find(p);
      if (it == e.spellings[k].by_period.end()) continue;
      const double h = static_cast<double>(it->second) * (height - 12) / static_cast<double>(top);
      y -= h;
      char rect[160];
      std::snprintf(rect, sizeof rect, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\">", x + 1, y,
                    std::max(1, bar - 2), h, ColorOf(e.spellings, k).c_str());
      out << rect << "<title>" << Escape(p) << " · " << Escape(e.spellings[k].text) << ": " << it->second
          << "</title></rect>";
    }
    if (i % label_every == 0) {
      out << "<text x=\"" << x + 1 << "\" y=\"" << height + 14 << "\" font-size=\"10\">" << Escape(p) << "</text>";
    }
  }
  out << "</svg>";
}

void Entity(const ArchiveSummary& s, const ArchiveSummary::Entity& e, bool open, size_t n,
            const std::string& report_folder, std::ostream& out) {
  out << "<details class=\"entity\" data-name=\"" << Escape(e.name + " " + e.house_form + " " + e.id) << "\""
      << (open ? " open" : "") << "><summary>" << Escape(e.name) << " <span class=\"muted\">(" << Escape(e.kind)
      << ", " << Escape(e.language) << ") house form <span class=\"house\">" << Escape(e.house_form)
      << "</span> · " << e.spellings.size() << " spellings · <span class=\"dev\">" << Thousands(e.deviating_mentions)
      << " of " << Thousands(e.mentions) << " mentions deviate, in " << Thousands(e.deviating_documents) << " of "
      << Thousands(e.documents) << " documents</span></span></summary>\n<div class=\"legend\">";
  for (size_t k = 0; k < e.spellings.size(); ++k) {
    out << "<span><i style=\"background:" << ColorOf(e.spellings, k) << "\"></i>" << Escape(e.spellings[k].text)
        << (e.spellings[k].house ? " (house)" : "") << "</span>";
  }
  out << "</div>";
  Chart(s, e, out);
  std::vector<std::string> outlets;
  for (const ArchiveSummary::Count& o : s.outlets) {
    const bool used = std::any_of(e.spellings.begin(), e.spellings.end(),
                                  [&](const ArchiveSummary::Spelling& sp) { return sp.by_outlet.count(o.key) > 0; });
    if (used) outlets.push_back(o.key);
  }
  out << "<div class=\"wide\"><table class=\"sortable\"><thead><tr><th>Spelling</th><th class=\"n\">Mentions</th><th class=\"n\">Documents</th>";
  for (const std::string& o : outlets) out << "<th class=\"n\">" << Escape(OutletName(o)) << "</th>";
  out << "</tr></thead><tbody>";
  for (const ArchiveSummary::Spelling& sp : e.spellings) {
    out << "<tr><td class=\"" << (sp.house ? "house" : "dev") << "\">" << Escape(sp.text) << "</td><td class=\"n\">"
        << Thousands(sp.mentions) << "</td><td class=\"n\">" << Thousands(sp.documents) << "</td>";
    for (const std::string& o : outlets) {
      const auto it = sp.by_outlet.find(o);
      out << "<td class=\"n\">" << (it == sp.by_outlet.end() ? "" : Thousands(it->second)) << "</td>";
    }
    out << "</tr>";
  }
  out << "</tbody></table></div>\n";
  if (!e.deviations.empty()) {
    out << "<div class=\"muted\">Deviating documents" << (e.deviating_documents > static_cast<int64_t>(e.deviations.size())
                                                          ? " (the first " + std::to_string(e.deviations.size()) + ")"
                                                          : std::string())
        << ":</div><ol class=\"devs\" id=\"dev" << n << "\">";
    for (const ArchiveSummary::Deviation& d : e.deviations) {
      out << "<li><a href=\"" << Escape(Link(d.path, report_folder)) << "\"><code>" << Escape(d.path) << ":" << d.line
          << ":" << d.column << "</code></a> <span class=\"dev\">"
          << Escape(d.spelling) << "</span> <span class=\"muted\">" << Escape(OutletName(d.outlet))
          << (d.date.empty() ? "" : " · " + Escape(d.date)) << "</span></li>";
    }
    out << "</ol>";
  }
  out << "</details>\n";
}

void Entities(const ArchiveSummary& s, const std::string& report_folder, std::ostream& out) {
  out << "<section id=\"names\"><h2>Names of the rule tables</h2><p class=\"muted\">Every listed entity the archive "
         "mentions, those written more than one way first. Green: the house form (or its surname alone).</p>"
         "<input id=\"filter\" type=\"search\" placeholder=\"Filter names\" aria-label=\"Filter names\">\n";
  if (s.periods.empty()) {
    out << "<p class=\"muted\">No document of the archive has a date (front matter <code>date:</code>, a JSON "
           "field, HTML meta): no charts over time.</p>";
  }
  size_t n = 0;
  std::ostringstream consistent;
  size_t consistent_count = 0;
  for (const ArchiveSummary::Entity& e : s.entities) {
    if (e.spellings.size() > 1 || e.deviating_mentions > 0) {
      Entity(s, e, n < 3, n, report_folder, out);
      ++n;
      continue;
    }
    ++consistent_count;
    consistent << "<tr data-name=\"" << Escape(e.name + " " + e.house_form + " " + e.id) << "\"><td>" << Escape(e.name)
               << "</td><td>" << Escape(e.kind) << "</td><td class=\"house\">" << Escape(e.house_form)
               << "</td><td class=\"n\">" << Thousands(e.mentions) << "</td><td class=\"n\">" << Thousands(e.documents)
               << "</td></tr>";
  }
  if (consistent_count > 0) {
    out << "<h3>Written one way only (" << consistent_count << ")</h3><table class=\"sortable\"><thead><tr><th>Name</th>"
        << "<th>Kind</th><th>House form</th><th class=\"n\">Mentions</th><th class=\"n\">Documents</th></tr></thead><tbody>"
        << consistent.str() << "</tbody></table>";
  }
  out << "</section>\n";
}

void Clusters(const ArchiveSummary& s, std::ostream& out) {
  out << "<section id=\"clusters\"><h2>Names no table lists, spelled several ways</h2>";
  if (s.clusters.empty()) {
    out << "<p class=\"muted\">None.</p></section>\n";
    return;
  }
  out << "<p class=\"muted\">Ranked by documents. Paste a stub into a rule table (<code>rules/names/</code>), check "
         "its kind and preferred form, and index again.</p><table class=\"sortable\"><thead><tr><th class=\"n\">#</th>"
         "<th>Spellings (mentions)</th><th class=\"n\">Documents</th><th class=\"n\">Mentions</th><th>Stub</th></tr>"
         "</thead><tbody>";
  for (size_t i = 0; i < s.clusters.size(); ++i) {
    const ArchiveSummary::Cluster& c = s.clusters[i];
    std::string names;
    out << "<tr><td class=\"n\">" << i + 1 << "</td><td>";
    for (size_t k = 0; k < c.spellings.size(); ++k) {
      out << (k ? ", " : "") << Escape(c.spellings[k].key) << " <span class=\"muted\">(" << c.spellings[k].count
          << ")</span>";
    }
    out << "</td><td class=\"n\">" << Thousands(c.documents) << "</td><td class=\"n\">" << Thousands(c.mentions)
        << "</td><td><pre id=\"stub" << i << "\">" << Escape(c.stub) << "</pre><button class=\"copy\" data-for=\"stub"
        << i << "\">Copy</button></td></tr>\n";
  }
  out << "</tbody></table></section>\n";
}

void Artifacts(const ArchiveSummary& s, std::ostream& out) {
  out << "<section id=\"artifacts\"><h2>Artifact checks per outlet</h2>";
  if (s.artifact_checks.empty()) {
    out << "<p class=\"muted\">No artifact findings.</p></section>\n";
    return;
  }
  out << "<p class=\"muted\">Findings per 100 documents of the outlet (the count on hover): which feeds leave "
         "machine-translation artifacts.</p><div class=\"wide\"><table class=\"sortable heat\"><thead><tr><th>Outlet</th><th class=\"n\">"
         "Documents</th>";
  for (const std::string& c : s.artifact_checks) out << "<th class=\"n\">" << Escape(c) << "</th>";
  out << "</tr></thead><tbody>";
  for (const ArchiveSummary::Count& o : s.outlets) {
    const auto row = s.artifacts.find(o.key);
    out << "<tr><td>" << Escape(OutletName(o.key)) << "</td><td class=\"n\">" << Thousands(o.count) << "</td>";
    for (const std::string& c : s.artifact_checks) {
      int64_t n = 0;
      if (row != s.artifacts.end()) {
        const auto it = row->second.find(c);
        n = it == row->second.end() ? 0 : it->second;
      }
      const double rate = o.count ? 100.0 * static_cast<double>(n) / static_cast<double>(o.count) : 0.0;
      const double alpha = std::min(1.0, rate / 100.0);
      char cell[200];
      std::snprintf(cell, sizeof cell,
                    "<td class=\"n\" data-v=\"%.3f\" title=\"%lld findings\" style=\"background:rgba(192,57,43,%.2f)\">"
                    "%.1f</td>",
                    rate, static_cast<long long>(n), alpha * 0.6, rate);
      out << (n ? cell : "<td class=\"n\" data-v=\"0\"></td>");
    }
    out << "</tr>";
  }
  out << "</tbody></table></div></section>\n";
}

}  // namespace

void WriteArchiveHtml(const ArchiveSummary& summary, const std::string& report_folder, std::ostream& out) {
  Header(summary, out);
  Summary(summary, out);
  Entities(summary, report_folder, out);
  Clusters(summary, out);
  Artifacts(summary, out);
  out << "</main><script>" << kScript << "</script></body></html>\n";
}

}  // namespace translint
