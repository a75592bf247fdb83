// Edit: replace the bytes of one Span of a Document with new text. A plain value;
// a Diagnostic carries the Edits of its fix, and src/fix applies them.
#pragma once

#include <string>

#include "text/span.h"

namespace translint {

struct Edit {
  Span span;
  std::string replacement;
  friend bool operator==(const Edit&, const Edit&) = default;
};

}  // namespace translint
