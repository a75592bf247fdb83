// File URIs as LSP clients send them ("file:///home/ed/draft%20one.md") and the
// paths they name. Pure functions.
#pragma once

#include <optional>
#include <string>

namespace translint {

// The path of a file: URI, percent-escapes decoded; nullopt for other schemes
// (an unsaved buffer "untitled:Untitled-1") or a malformed escape.
std::optional<std::string> UriToPath(const std::string& uri);
// The file: URI of an absolute path, escaped as VS Code and Neovim write it.
std::string PathToUri(const std::string& path);

}  // namespace translint
