// source/placeholders: a placeholder, URL or markup tag of the source that the
// translation lost, or one the translation added.
#include <cctype>
#include <map>
#include <set>

#include "check/source/source_checks.h"

namespace translint {

namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// "{0}", "{name}" (also a translated "{сайт}"): the brace's end, or 0.
size_t BraceEnd(std::string_view text, size_t at) {
  size_t i = at + 1;
  const auto part = [](char c) {
    return IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80 || std::string_view("_.:,#-").find(c) != std::string_view::npos;
  };
  while (i < text.size() && i - at <= 80 && part(text[i])) ++i;
  return i > at + 1 && i < text.size() && text[i] == '}' ? i + 1 : 0;
}

// "%s", "%1$d", "%(name)s", "%.2f": the end, or 0.
size_t PrintfEnd(std::string_view text, size_t at) {
  size_t i = at + 1;
  if (i < text.size() && text[i] == '(') {
    const size_t close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return 0;
    i = close + 1;
  } else {
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i < text.size() && text[i] == '$') ++i; else i = at + 1;
  }
  while (i < text.size() && std::string_view("-+0#").find(text[i]) != std::string_view::npos) ++i;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  }
  while (i < text.size() && std::string_view("hlLqjzt").find(text[i]) != std::string_view::npos) ++i;
  if (i >= text.size() || std::string_view("diouxXeEfFgGcsp").find(text[i]) == std::string_view::npos) return 0;
  if (i + 1 < text.size() && IsAlnum(text[i + 1])) return 0;  // "%d" in "%dollars" is no placeholder
  return i + 1;
}

// "https://…" without trailing punctuation: the end, or 0.
size_t UrlEnd(std::string_view text, size_t at) {
  if (text.substr(at, 8) != "https://" && text.substr(at, 7) != "http://") return 0;
  size_t i = at;
  while (i < text.size() && std::string_view(" \t\r\n\"'<>«»").find(text[i]) == std::string_view::npos) ++i;
  while (i > at && std::string_view(".,;:!?)").find(text[i - 1]) != std::string_view::npos) --i;
  return i;
}

// "<b>", "</a>", "<br/>": the end, or 0.
size_t TagEnd(std::string_view text, size_t at) {
  size_t i = at + 1;
  if (i < text.size() && text[i] == '/') ++i;
  if (i >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i]))) return 0;
  const size_t close = text.find_first_of("<>", i);
  return close != std::string_view::npos && text[close] == '>' && close - at <= 200 ? close + 1 : 0;
}

struct Token {
  std::string text;
  Span span;
};

std::vector<Token> Placeholders(std::string_view text) {
  std::vector<Token> tokens;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t end = 0;
    if (text[i] == '{') end = BraceEnd(text, i);
    if (text[i] == '%' && (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1])))) end = PrintfEnd(text, i);
    if (text[i] == 'h' && (i == 0 || !IsAlnum(text[i - 1]))) end = UrlEnd(text, i);
    if (text[i] == '<') end = TagEnd(text, i);
    if (end == 0) continue;
    tokens.push_back(Token{std::string(text.substr(i, end - i)), Span{i, end}});
    i = end - 1;
  }
  return tokens;
}

class PlaceholdersCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "source/placeholders", "A placeholder, URL or markup tag of the source is missing from the translation, or added.",
        "Format placeholders (\"{0}\", \"{name}\", \"%s\", \"%1$d\", \"%(name)s\"), URLs and markup tags (\"<b>\", "
        "\"</a>\") must come through translation unchanged, each as often as in the source: a lost or mangled one "
        "breaks the program or the page that fills them in. The inline codes of XLIFF and TMX (<x/>, <ph>, <bpt>) are "
        "compared the same way.\n"
        "Source: Подробнее на {site}\n"
        "Before: More on {сайт}\n"
        "After:  More on {site}",
        Severity::kError, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    const Document& document = context.document;
    ForEachTranslated(context, [&](const TranslationUnit& unit, const SourceSide&) {
      const std::vector<Token> source = Placeholders(unit.source);
      const std::vector<Token> target = Placeholders(document.text().substr(unit.target.begin, unit.target.size()));
      CompareMarkup(document, unit, sink);
      if (source.empty() && target.empty()) return;
      std::multimap<std::string, const Token*> left;
      for (const Token& t : target) left.emplace(t.text, &t);
      std::vector<const Token*> missing;
      for (const Token& s : source) {
        const auto it = left.find(s.text);
        if (it == left.end()) {
          missing.push_back(&s);
        } else {
          left.erase(it);
        }
      }
      for (const Token* s : missing) {
        // One the translation changed: a token of the same kind left over ("{сайт}" for "{site}").
        auto changed = left.begin();
        while (changed != left.end() && changed->first[0] != s->text[0]) ++changed;
        Diagnostic d;
        if (changed != left.end()) {
          const Span at{unit.target.begin + changed->second->span.begin, unit.target.begin + changed->second->span.end};
          d = Make(document, at, "\"" + changed->first + "\" where the source has \"" + s->text + "\": keep it as it is");
          left.erase(changed);
        } else {
          d = Make(document, unit.target, "the source's \"" + s->text + "\" is missing from the translation: keep it as it is");
        }
        d.notes.push_back(SourceNote(document, unit, s->span, "the source's \"" + s->text + "\""));
        sink->Report(std::move(d));
      }
      for (const auto& [text, t] : left) {
        const Span at{unit.target.begin + t->span.begin, unit.target.begin + t->span.end};
        Diagnostic d = Make(document, at, "\"" + text + "\" is not in the source: remove it, or write the source's");
        d.notes.push_back(SourceNote(document, unit, Span{}, "the source"));
        sink->Report(std::move(d));
      }
    });
  }

 private:
  // The inline codes of an XML format's unit (<x id="1"/>, <ph>...</ph>), which are no text.
  void CompareMarkup(const Document& document, const TranslationUnit& unit, DiagnosticSink* sink) const {
    std::multiset<std::string> left(unit.target_markup.begin(), unit.target_markup.end());
    for (const std::string& tag : unit.source_markup) {
      const auto it = left.find(tag);
      if (it != left.end()) {
        left.erase(it);
        continue;
      }
      Diagnostic d = Make(document, unit.target, "the source's inline code " + tag + " is missing from the translation: keep it");
      d.notes.push_back(SourceNote(document, unit, Span{}, "the source"));
      sink->Report(std::move(d));
    }
    for (const std::string& tag : left) {
      Diagnostic d = Make(document, unit.target, "the inline code " + tag + " is not in the source: remove it, or write the source's");
      d.notes.push_back(SourceNote(document, unit, Span{}, "the source"));
      sink->Report(std::move(d));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakePlaceholdersCheck() { return std::make_unique<PlaceholdersCheck>(); }

}  // namespace translint
