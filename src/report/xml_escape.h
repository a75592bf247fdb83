// EscapeXml: text for XML 1.0 and HTML, in attributes and in content — the
// markup characters as entities, line breaks and tabs as character references,
// bytes that are not UTF-8 and the control characters XML cannot hold as U+FFFD.
#pragma once

#include <string>
#include <string_view>

namespace translint {

std::string EscapeXml(std::string_view text);

}  // namespace translint
