// HTML pages: the visible text of the article, parsed by gumbo (Google's HTML5
// parser, packaged by Debian).
//
// Read: the text of the first <article> (else <main>, else <body>), without
// <script>, <style>, <nav>, <header>, <footer>, <aside>, <form>, <noscript>,
// <template>, <svg>, attributes and comments. Character references are decoded
// (&laquo; -> «, &nbsp; -> U+00A0). Block elements (<p>, <li>, headings, <div>,
// <blockquote>, table cells ...) are separated by a blank line and <br> by a line
// break, so each is a paragraph of its own. Metadata: <title>, <meta
// property="article:published_time">, og:site_name, <html lang>.
// Every text byte maps back to the bytes of the file (SourceMap), so findings
// point at the HTML source and fixes edit it in place, HTML-escaped; a fix that
// would span two blocks (and so the tags between them) is dropped.
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "formats/reader.h"

namespace translint {

DocumentBatch ReadHtml(const std::string& path, std::string bytes, const ReadOptions& options);

// `text` as HTML character data: & < > escaped.
std::string HtmlEscape(std::string_view text);

}  // namespace translint
