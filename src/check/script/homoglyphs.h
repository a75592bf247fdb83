// Look-alike letters of the Cyrillic and Latin alphabets (а/a, С/C, ...): the
// ones identical in shape in common fonts, for repairing mixed-script words.
#pragma once

#include <cstdint>
#include <map>

namespace translint {

const std::map<int32_t, int32_t>& CyrillicToLatin();
// The reverse, without the pairs that differ in most fonts (у/y).
const std::map<int32_t, int32_t>& LatinToCyrillic();

}  // namespace translint
