#include "text/segment_view.h"

namespace translint {

ProseViews::ProseViews(std::string_view document_text, const std::vector<Span>& prose)
    : text_(document_text), prose_(prose) {
  size_t bytes = 0;
  for (const Span& s : prose) bytes += s.size();
  if (bytes > kSharedProseBytes) return;
  shared_.reserve(prose.size());
  for (const Span& s : prose) shared_.emplace_back(document_text, s);
}

}  // namespace translint
