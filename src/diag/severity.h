// Severity of a finding, ordered: info < warning < error. kOff disables a check
// in configuration and is never the severity of a Diagnostic.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace translint {

enum class Severity { kOff = 0, kInfo = 1, kWarning = 2, kError = 3 };

std::string_view ToString(Severity severity);
// "off", "info", "warning", "error"; nullopt for anything else.
std::optional<Severity> ParseSeverity(std::string_view text);

}  // namespace translint
