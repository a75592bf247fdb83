#include "check/script/homoglyphs.h"

namespace translint {

const std::map<int32_t, int32_t>& CyrillicToLatin() {
  static const std::map<int32_t, int32_t> kMap = {
      {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'},
      {0x0456, 'i'}, {0x0458, 'j'}, {0x0455, 's'}, {0x04BB, 'h'}, {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'},
      {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'},
      {0x0425, 'X'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0405, 'S'}, {0x04AE, 'Y'}};
  return kMap;
}

const std::map<int32_t, int32_t>& LatinToCyrillic() {
  static const std::map<int32_t, int32_t> kMap = [] {
    std::map<int32_t, int32_t> reverse;
    for (const auto& [cyrillic, latin] : CyrillicToLatin()) reverse.emplace(latin, cyrillic);
    reverse.erase('y');  // у/y and У/Y differ in shape in most fonts; keep the sure ones
    reverse.erase('Y');
    return reverse;
  }();
  return kMap;
}

}  // namespace translint
