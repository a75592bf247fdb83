#include "match/regex_prefilter.h"

#include <hs.h>

#include <algorithm>

#include "base/utf8.h"

namespace translint {

namespace {

constexpr unsigned kFlags = HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_PREFILTER | HS_FLAG_ALLOWEMPTY;

// ICU syntax that Vectorscan accepts but reads differently (so it might miss
// matches): a set nested in a set ([[a-z][0-9]], [\p{L}--[a]] for ICU, an
// unbalanced class for PCRE), \N{NAME} and \X. What Vectorscan does not accept
// at all (\uhhhh, \p{sc=Cyrl}, (?w)...) fails to compile and is set aside too.
bool IcuOnly(const std::string& regex) {
  if (regex.find("\\N{") != std::string::npos || regex.find("\\X") != std::string::npos) return true;
  bool in_class = false;
  for (size_t i = 0; i < regex.size(); ++i) {
    if (regex[i] == '\\') {
      ++i;
    } else if (regex[i] == '[') {
      if (in_class && (i + 1 >= regex.size() || regex[i + 1] != ':')) return true;
      if (!in_class && i + 1 < regex.size() && regex[i + 1] == ']') ++i;  // []...] starts with ']'
      in_class = true;
    } else if (regex[i] == ']' && in_class) {
      in_class = false;
    } else if (in_class && regex[i] == ':' && i + 1 < regex.size() && regex[i + 1] == ']') {
      ++i;  // the end of [:alpha:]
    }
  }
  return false;
}

// The Vectorscan scratch space of this thread, grown to fit every database it
// has been used with; freed when the thread ends.
struct Scratch {
  hs_scratch_t* space = nullptr;
  ~Scratch() { hs_free_scratch(space); }
};

hs_scratch_t* ScratchFor(const hs_database_t* database) {
  thread_local Scratch scratch;
  if (hs_alloc_scratch(database, &scratch.space) != HS_SUCCESS) return nullptr;
  return scratch.space;
}

struct FindState {
  const std::vector<Span>* spans;
  RegexCandidates* out;
};

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/,
            void* context) {
  auto* state = static_cast<FindState*>(context);
  const std::vector<Span>& spans = *state->spans;
  state->out->SetAnywhere(id);
  if (to == 0) return 0;
  // The last span that begins before `to`; the match ends inside it if `to` <= its end.
  auto it = std::upper_bound(spans.begin(), spans.end(), to - 1,
                             [](unsigned long long at, const Span& s) { return at < s.begin; });
  if (it == spans.begin()) return 0;
  --it;
  if (to <= it->end) state->out->Set(static_cast<size_t>(it - spans.begin()), id);
  return 0;
}

}  // namespace

std::unique_ptr<RegexPrefilter> RegexPrefilter::Build(const std::vector<std::string>& regexes) {
  std::unique_ptr<RegexPrefilter> filter(new RegexPrefilter());
  filter->always_.assign(regexes.size(), false);
  for (size_t i = 0; i < regexes.size(); ++i) filter->always_[i] = IcuOnly(regexes[i]);
  // Compile all at once; a regex Vectorscan rejects is set aside and the rest compiled again.
  for (;;) {
    std::vector<const char*> expressions;
    std::vector<unsigned> flags, ids;
    for (size_t i = 0; i < regexes.size(); ++i) {
      if (filter->always_[i]) continue;
      expressions.push_back(regexes[i].c_str());
      flags.push_back(kFlags);
      ids.push_back(static_cast<unsigned>(i));
    }
    if (expressions.empty()) return filter;
    hs_compile_error_t* error = nullptr;
    const hs_error_t status = hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                                               static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr,
                                               &filter->database_, &error);
    if (status == HS_SUCCESS) return filter;
    const int failed = error != nullptr ? error->expression : -1;
    hs_free_compile_error(error);
    filter->database_ = nullptr;
    if (failed < 0 || static_cast<size_t>(failed) >= ids.size()) {  // not one regex's fault: ICU alone
      std::fill(filter->always_.begin(), filter->always_.end(), true);
      return filter;
    }
    filter->always_[ids[failed]] = true;
  }
}

RegexPrefilter::~RegexPrefilter() { hs_free_database(database_); }

RegexCandidates RegexPrefilter::Find(std::string_view text, const std::vector<Span>& spans) const {
  RegexCandidates out(spans.size(), always_.size());
  const auto possible_everywhere = [&](size_t r) {
    out.SetAnywhere(r);
    for (size_t s = 0; s < spans.size(); ++s) out.Set(s, r);
  };
  const auto all = [&]() {
    for (size_t r = 0; r < always_.size(); ++r) possible_everywhere(r);
  };
  hs_scratch_t* scratch = database_ != nullptr ? ScratchFor(database_) : nullptr;
  if (scratch == nullptr || text.size() > UINT32_MAX || FindInvalidUtf8(text) != std::string_view::npos) {
    all();
    return out;
  }
  FindState state{&spans, &out};
  if (hs_scan(database_, text.data(), static_cast<unsigned>(text.size()), 0, scratch, OnMatch, &state) !=
      HS_SUCCESS) {
    all();
    return out;
  }
  for (size_t r = 0; r < always_.size(); ++r) {
    if (always_[r]) possible_everywhere(r);
  }
  return out;
}

}  // namespace translint
