// Fuzz target: a transliteration scheme's rules are compiled (bounded first)
// and, when they compile, run on a few names.
#include <cstddef>
#include <cstdint>
#include <string>

#include "translit/transliterator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto t = translint::Transliterator::FromRules("ru-Latn-fuzz", std::string(reinterpret_cast<const char*>(data), size),
                                                "ru-Latn-fuzz.txt");
  if (t.ok()) {
    for (const char* name : {"Садыр Жапаров", "Київ", "Алматы", "x"}) (void)(*t)->Apply(name);
  }
  return 0;
}
