#include "translit/transliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace translint {

Transliterator::Transliterator(std::string id, std::unique_ptr<icu::Transliterator> icu)
    : id_(std::move(id)), icu_(std::move(icu)) {}

Transliterator::~Transliterator() = default;

namespace {

// ICU's rule compiler needs memory exponential in the nesting of parentheses
// (26 levels took 3.9 GB): rule files are bounded before ICU sees them.
constexpr size_t kMaxRuleBytes = size_t{1} << 20;
constexpr int kMaxNesting = 8;

Status CheckRuleShape(const std::string& rules, const std::string& file) {
  if (rules.size() > kMaxRuleBytes) {
    return Status::Error(file + ": " + std::to_string(rules.size() >> 10) + " KiB of transliteration rules; at most " +
                         std::to_string(kMaxRuleBytes >> 10) + " KiB");
  }
  int depth = 0, sets = 0, line = 1;
  bool quoted = false, comment = false;
  for (size_t i = 0; i < rules.size(); ++i) {
    const char c = rules[i];
    if (c == '\n') {
      ++line;
      comment = false;
      continue;
    }
    if (comment) continue;
    if (c == '\\') {
      ++i;  // an escaped character is a literal
    } else if (c == '\'') {
      quoted = !quoted;
    } else if (quoted) {
      continue;
    } else if (c == '#' && sets == 0) {
      comment = true;
    } else if (c == '[') {
      ++sets;
    } else if (c == ']' && sets > 0) {
      --sets;
    } else if (sets == 0 && c == '(' && ++depth > kMaxNesting) {
      return Status::Error(file + ":" + std::to_string(line) + ": parentheses nested more than " +
                           std::to_string(kMaxNesting) + " deep; simplify the rule");
    } else if (sets == 0 && c == ')' && depth > 0) {
      --depth;
    } else if (c == ';') {
      depth = 0;  // a rule ends
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<Transliterator>> Transliterator::FromRules(const std::string& id, const std::string& rules,
                                                                  const std::string& file) {
  if (Status shape = CheckRuleShape(rules, file); !shape.ok()) return shape;
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> icu(icu::Transliterator::createFromRules(
      icu::UnicodeString::fromUTF8(CallName(id)), icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, where, status));
  if (U_FAILURE(status) || icu == nullptr) {
    // ICU reports the text just before the error; its last place in the rules gives the line.
    std::string context;
    icu::UnicodeString(where.preContext).toUTF8String(context);
    int line = where.line > 0 ? where.line : 1;
    const size_t at = context.empty() ? std::string::npos : rules.rfind(context);
    if (where.line <= 0 && at != std::string::npos) {
      line = 1 + static_cast<int>(std::count(rules.begin(), rules.begin() + static_cast<long>(at + context.size()), '\n'));
    }
    while (!context.empty() && (context.back() == '\n' || context.back() == ' ')) context.pop_back();
    const size_t newline = context.rfind('\n');
    if (newline != std::string::npos) context = context.substr(newline + 1);
    return Status::Error(file + ":" + std::to_string(line) + ": transliteration rules do not compile: " +
                         u_errorName(status) + (context.empty() ? "" : " after \"" + context + "\""));
  }
  return std::unique_ptr<Transliterator>(new Transliterator(id, std::move(icu)));
}

std::string Transliterator::Apply(std::string_view text) const {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  {
    std::lock_guard<std::mutex> lock(mutex_);
    icu_->transliterate(s);
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::unique_ptr<Transliterator> Transliterator::Clone() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::unique_ptr<Transliterator>(new Transliterator(id_, std::unique_ptr<icu::Transliterator>(icu_->clone())));
}

std::string Transliterator::CallName(const std::string& id) {
  std::string name = id;
  const size_t last = name.rfind('-');
  if (last != std::string::npos && name.find('-') != last) name[last] = '/';
  return name;
}

void Transliterator::Callable() const {
  std::lock_guard<std::mutex> lock(mutex_);
  icu::Transliterator::registerInstance(icu_->clone());
}

}  // namespace translint
