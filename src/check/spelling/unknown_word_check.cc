// spelling/unknown-word: a word that is not in the dictionary.
#include "check/spelling/unknown_word_check.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <cctype>
#include <set>

#include "base/utf8.h"
#include "text/normalized_text.h"
#include "text/tokenizer.h"

namespace translint {

namespace {

constexpr size_t kSuggestions = 3;
constexpr size_t kCandidates = 10;  // one-edit candidates looked at for a capitalized word
constexpr size_t kMinCapitalizedLength = 6;

// Prefixes written with a hyphen that dictionaries do not list as words.
const std::set<std::string> kPrefixes = {"pre", "post", "anti", "non", "co", "ex", "re", "sub", "inter", "multi",
                                         "semi", "mid", "self", "pro", "neo", "quasi", "ultra", "mega", "micro",
                                         "macro", "cyber", "geo", "eco", "euro", "bi", "tri", "de", "un", "wi", "fi"};

// Combining forms that English closes up with any word ("gigacalories",
// "cryptosecurity"); dictionaries list few such compounds.
const std::set<std::string> kCombiningForms = {"giga", "mega", "kilo", "tera", "nano", "micro", "crypto", "cyber",
                                               "tele", "bio", "eco", "hydro", "petro", "agro", "auto", "photo",
                                               "video", "radio", "geo", "neuro", "thermo", "aero", "astro", "socio"};

// Abbreviations whose period does not end a sentence ("Dr. Nou").
const std::set<std::string> kTitleAbbreviations = {"Dr", "Mr", "Mrs", "Ms", "St", "Fr", "Prof", "Gen", "Col",
                                                   "Lt", "Sgt", "Capt", "Rev", "Mt", "No", "vs", "Sen", "Rep"};

// Is `word` a typo of `candidate` (one edit away): a letter left out inside it
// ("Goverment", "Tokayv") or two neighbours swapped ("Tokyaev")? A letter
// replaced by another, or one more letter, is more often another name (Zelinsky
// / Zelensky, Ruza / Roza, Kirill / krill, Cherkasky / Cherkasy), and so is a
// letter less at the end (Georgi / Georgia, Nazarbayeva / Nazarbayev).
bool TypoOf(const std::string& word, const std::string& candidate) {
  if (candidate.rfind(word, 0) == 0 || word.size() > candidate.size()) return false;
  // A first letter left out would leave another capital: "Rainer" is no "Drainer".
  if (word.size() < candidate.size()) return word[0] == candidate[0];
  for (size_t i = 0; i + 1 < word.size(); ++i) {
    if (word[i] != candidate[i]) return word[i] == candidate[i + 1] && word[i + 1] == candidate[i];
  }
  return false;
}

// No word of any language is longer; a longer run of letters is no word to spell
// (and would cost Hunspell, the caches and the compound search dearly).
constexpr size_t kMaxWordBytes = 64;

// Words worth asking Hunspell about: Latin letters only (and inner apostrophes),
// not all capitals (acronyms), not a single letter, not over kMaxWordBytes.
bool Checkable(std::string_view word, bool* capitalized) {
  *capitalized = false;
  if (word.size() > kMaxWordBytes) return false;
  size_t pos = 0, letters = 0, upper = 0;
  while (pos < word.size()) {
    size_t length;
    const int32_t cp = DecodeUtf8(word, pos, &length);
    if (cp == '\'') {
      pos += length;
      continue;
    }
    if (!IsLatinLetter(cp)) return false;
    if (letters == 0) *capitalized = IsUpper(cp) || (cp >= 0x80 && u_istitle(cp));
    ++letters;
    upper += IsUpper(cp) ? 1 : 0;
    pos += length;
  }
  return letters >= 2 && upper < letters;
}

// What a capitalized unknown word is taken to misspell.
struct Meant {
  std::string word;          // "" when nothing is meant
  bool listed_name = false;  // a name of the tables, not a common word
};

// What the check remembers while it reads one document.
struct DocumentState {
  std::set<std::string> names_seen;     // a capitalized unknown word is reported once per document
  size_t name_end = std::string::npos;  // where the last capitalized unknown word ends
  // Capitalized words inside sentences: names. A word that starts a sentence and
  // reads as a typo of a common word is reported at the end unless the document
  // also writes it inside a sentence ("Linkin ... band Linkin Park").
  std::set<std::string> mid_sentence;
  struct Pending {
    Span span;
    std::string word;
    Meant meant;
  };
  std::vector<Pending> pending;
};

class UnknownWordCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "spelling/unknown-word", "A word that is not in the Hunspell dictionary of the document's language.",
        "Checked with Hunspell (English accepts en_US and, when installed, en_GB spellings; `spelling: "
        "dictionary:` in .translint.yaml picks one installed dictionary, and `words:` / `wordlist:` add the "
        "project's words). A hyphenated compound is right when the whole or each part is. Every word of every name in "
        "the rule tables is known, and so are the tables' `words:` (the region's currencies, titles and name "
        "particles: som, tenge, akim, uulu...). Findings are info: on native English news (BBC, en_US + en_GB) "
        "unknown lower-case words were 6 per 10,000 words, mostly real words missing from the dictionary "
        "(\"delisted\", \"drugmaker\"); raise it to warning in .translint.yaml once the project's word list is in "
        "place. Lower-case words get suggestions (dictionary words one edit away). A capitalized unknown word is "
        "most likely a name nobody listed and is reported (once per document) only when it is a typo (a letter "
        "left out, added or swapped) of a listed person's surname or place (\"Tokayv\": did you mean \"Tokayev\"?) or, starting a sentence (any word in German), from "
        "a common word. Not reported either: a lower-case word right after such a name (\"Lietuvos rytas\"), a "
        "closed compound of two common words or a combining form and a word (\"inkpot\", \"gigacalories\"). "
        "On WMT machine translation 5 to 13 infos per 10,000 words, three in four of them words an editor would change. "
        "Acronyms, words with digits and other alphabets are not checked.\n"
        "Before: the goverment said\n"
        "After:  the government said",
        Severity::kInfo, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    if (context.speller == nullptr) {
      if (!context.speller_problem.empty()) {
        Diagnostic d = Make(context.document, Span{0, 0}, "spelling not checked: " + context.speller_problem);
        d.severity = Severity::kInfo;
        sink->Report(std::move(d));
      }
      return;
    }
    DocumentState state;
    context.views.ForEach([&](size_t, const SegmentView& view) {
      const Span segment = view.span;
      const NormalizedText& folded = view.folded;
      const std::vector<Token>& tokens = view.tokens;
      for (size_t i = 0; i < tokens.size();) {
        // A hyphenated compound ("pre-election", "wi-fi", "year-olds") is one word.
        size_t end = i + 1;
        while (end < tokens.size() && tokens[end].join == Join::kHyphen) ++end;
        std::vector<Span> parts;
        for (size_t k = i; k < end; ++k) parts.push_back(folded.OriginalSpan(tokens[k].begin, tokens[k].end));
        CheckWord(context, segment, parts, &state, sink);
        i = end;
      }
    });
    for (const DocumentState::Pending& p : state.pending) {
      if (!state.mid_sentence.count(p.word)) ReportCapitalized(context, p.span, p.word, p.meant, sink);
    }
  }

 private:
  static bool InsideDottedName(std::string_view text, const Span& word) {
    const bool dot_before = word.begin >= 2 && text[word.begin - 1] == '.' && std::isalnum(static_cast<unsigned char>(text[word.begin - 2]));
    const bool dot_after = word.end + 1 < text.size() && text[word.end] == '.' && std::isalnum(static_cast<unsigned char>(text[word.end + 1]));
    return dot_before || dot_after;
  }

  static std::string Normalized(std::string_view word) {
    std::string out(word);
    for (size_t at; (at = out.find("\xE2\x80\x99")) != std::string::npos;) out.replace(at, 3, "'");
    return out;
  }

  // Does the word at `begin` start a sentence (the segment's first word, or the
  // first after . ! ? : and any quotes or brackets)?
  static bool StartsSentence(std::string_view text, const Span& segment, size_t begin) {
    size_t at = begin;
    while (at > segment.begin) {
      const unsigned char c = static_cast<unsigned char>(text[at - 1]);
      if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '\n') {
        --at;
      } else if (c >= 0x80) {  // a typographic quote or dash
        while (at > segment.begin && (static_cast<unsigned char>(text[at - 1]) & 0xC0) == 0x80) --at;
        if (at > segment.begin) --at;
      } else if (c == '.') {
        return !AfterAbbreviation(text, segment, at - 1);
      } else {
        return c == '!' || c == '?' || c == ':';
      }
    }
    return true;
  }

  // Is the period at `dot` that of an initial ("A.") or a title ("Dr.")?
  static bool AfterAbbreviation(std::string_view text, const Span& segment, size_t dot) {
    size_t begin = dot;
    while (begin > segment.begin && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    const std::string word(text.substr(begin, dot - begin));
    return (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) || kTitleAbbreviations.count(word);
  }

  // A closed compound of a combining form or a common word and a common word,
  // each of three letters or more: "inkpot", "flashbangs", "gigacalories".
  static bool ClosedCompound(const Speller& speller, const std::string& word) {
    for (size_t split = 3; split + 3 <= word.size(); ++split) {
      const std::string first = word.substr(0, split);
      if ((kCombiningForms.count(first) || speller.IsDictionaryWord(first)) &&
          speller.IsDictionaryWord(word.substr(split))) {
        return true;
      }
    }
    return false;
  }

  // What a capitalized unknown word of six letters or more most likely
  // misspells, or "" when it reads as a name nobody listed (then it is not
  // reported): a listed person's surname or place name it is a typo of
  // ("Tokayv" -> "Tokayev", "Kransodar" -> "Krasnodar"), or at the start of a
  // sentence a common word it is a typo of ("Goverment" -> "Government").
  static Meant Misspelt(const CheckContext& context, const std::string& word, bool common_word_possible) {
    if (word.size() < kMinCapitalizedLength) return {};
    for (const std::string& name : context.speller->SuggestAdded(word, kCandidates)) {
      if (context.names.IsHouseName(name) && TypoOf(word, name)) {
        return {name, true};
      }
    }
    if (!common_word_possible) return {};
    std::string lower = word;  // a common word: look it up in lower case, answer capitalized
    lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    for (std::string candidate : context.speller->Suggest(lower, kCandidates)) {
      if (!context.speller->IsDictionaryWord(candidate) || !TypoOf(lower, candidate)) continue;
      candidate[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(candidate[0])));
      return {candidate, false};
    }
    return {};
  }

  void CheckWord(const CheckContext& context, const Span& segment, const std::vector<Span>& parts,
                 DocumentState* state, DiagnosticSink* sink) const {
    const std::string_view text = context.document.text();
    const Span whole{parts.front().begin, parts.back().end};
    if (InsideDottedName(text, whole)) return;  // bbc.co.uk, Kaktus.media
    bool capitalized;
    if (parts.size() > 1 && whole.size() <= kMaxWordBytes) {
      const std::string compound = Normalized(text.substr(whole.begin, whole.size()));
      if (context.speller->IsCorrect(compound)) return;
    }
    for (const Span& part : parts) {
      const std::string word = Normalized(text.substr(part.begin, part.size()));
      if (parts.size() > 1 && std::isdigit(static_cast<unsigned char>(text[whole.begin]))) return;  // 18-year-olds
      if (!Checkable(word, &capitalized) || context.speller->IsCorrect(word)) continue;
      if (parts.size() > 1 && kPrefixes.count(word)) continue;  // "pre-", "co-", "anti-"
      if (!capitalized) {
        // "Lietuvos rytas": a lower-case word of an unknown name; "inkpot": a closed compound.
        const bool in_name = state->name_end != std::string::npos && part.begin <= state->name_end + 1;
        if (!in_name && !ClosedCompound(*context.speller, word)) Report(context, part, word, sink);
        continue;
      }
      state->name_end = part.end;
      // German capitalizes every noun: a capitalized word there may be any common word.
      const bool common_word_possible =
          context.document.language() == "de" || StartsSentence(text, segment, part.begin);
      if (!common_word_possible) state->mid_sentence.insert(word);
      if (!state->names_seen.insert(word).second) continue;
      const Meant meant = Misspelt(context, word, common_word_possible);
      if (meant.word.empty()) continue;
      if (meant.listed_name) {
        ReportCapitalized(context, part, word, meant, sink);
      } else {
        state->pending.push_back({part, word, meant});
      }
    }
  }

  void ReportCapitalized(const CheckContext& context, Span span, const std::string& word, const Meant& meant,
                         DiagnosticSink* sink) const {
    Diagnostic d = Make(context.document, span,
                        "\"" + word + "\" is not in the " + context.speller->name() + " dictionary: did you mean " +
                            (meant.listed_name ? "the listed name \"" : "\"") + meant.word + "\"?" +
                            (meant.listed_name ? " (if it is another name, add it to the project's word list)" : ""));
    d.suggestions = {meant.word};
    sink->Report(std::move(d));
  }

  void Report(const CheckContext& context, Span span, const std::string& word, DiagnosticSink* sink) const {
    const std::string dictionary = context.speller->name();
    Diagnostic d = Make(context.document, span, "\"" + word + "\" is not in the " + dictionary + " dictionary");
    d.suggestions = context.speller->Suggest(word, kSuggestions);
    if (!d.suggestions.empty()) d.message += ": did you mean \"" + d.suggestions.front() + "\"?";
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeUnknownWordCheck() { return std::make_unique<UnknownWordCheck>(); }

void RegisterSpellingChecks(CheckRegistry* registry) { registry->Add(MakeUnknownWordCheck()); }

}  // namespace translint
