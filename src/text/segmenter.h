// Segmenter: splits a Document into the prose that checks read.
//
// Returns the byte ranges of prose in document order, skipping what is not
// prose: in Markdown, front matter, fenced code blocks, inline code, HTML
// comments and tags, autolinks, link and image targets and reference
// definitions; in every format, URLs and e-mail addresses. Text on both sides of
// a skipped range lands in different segments, so no match spans markup. A
// plain-text file's front matter (text/front_matter.h, strict form) is skipped too.
// A segment is at most 256 KiB: a longer one is cut after a line break, a
// sentence end or a space, so what checks build per segment stays small.
// Indented (four-space) code blocks are read as prose: news text is often
// indented and a false "code block" would hide real findings.
// Pure function of the Document; thread-safe.
#pragma once

#include <vector>

#include "text/document.h"
#include "text/span.h"

namespace translint {

std::vector<Span> SegmentProse(const Document& document);

}  // namespace translint
