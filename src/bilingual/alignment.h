// Paired documents: a translation and its source in two files (article.ru.md
// beside article.en.md, or the same relative path under `--source DIR`), their
// paragraphs aligned into TranslationUnits for the source/ checks.
//
// Paragraphs are the runs of text between blank lines (front matter left out).
// With the same number on both sides they pair one to one; when the counts
// differ by at most max(2, a tenth), a dynamic programme on the paragraphs'
// lengths (Gale and Church's idea: 1-1, 2-1, 1-2, 1-0 and 0-1 beads, a
// translation's length near its source's) pairs them; beyond that the
// documents are not aligned and Document::alignment_problem() says why (the
// source/unaligned finding). A unit's source is its source paragraphs' text,
// mapped onto the source Document, which the unit holds for the notes.
// Pure functions but for the Document they fill.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "text/document.h"

namespace translint {

// The paragraphs of a document's text.
std::vector<Span> Paragraphs(const Document& document);

// Aligns `target` with `source` and gives `target` the units (or the problem).
// `target` must not be shared yet.
void AttachSource(Document* target, std::shared_ptr<const Document> source);

// The path of the source of `target_path` beside it: "a.en.md" -> "a.ru.md" for
// the first of `languages` whose file exists; "" when none does or the name has
// no language infix equal to `target_language`.
std::string SiblingSource(const std::string& target_path, const std::string& target_language,
                          const std::vector<std::string>& languages);

// Whether `path` is the source of a sibling target ("a.ru.md" when "a.en.md" is
// in `paths`): such a file is read as a source, not checked.
bool IsSiblingSource(const std::string& path, const std::vector<std::string>& paths);

// The source languages whose files translint pairs by name.
const std::vector<std::string>& SourceLanguageInfixes();

}  // namespace translint
