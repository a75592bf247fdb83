// ISO 8601 calendar dates, as metadata and rule tables write them.
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace translint {

// The calendar date "YYYY-MM-DD" an ISO 8601 date or date-time starts with
// ("2024-03-05T10:00:00Z" -> "2024-03-05"), or "" when `value` is none.
// Such dates compare as strings.
std::string IsoDate(std::string_view value);

}  // namespace translint
