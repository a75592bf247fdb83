#include "match/name_form.h"

#include <unicode/unistr.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <unordered_map>

#include <algorithm>

#include "base/utf8.h"
#include "text/tokenizer.h"
#include "translit/russian_declension.h"

namespace translint {

namespace {

bool FirstIsCapital(const std::string& text) {
  size_t length;
  const int32_t cp = text.empty() ? -1 : DecodeUtf8(text, 0, &length);
  return cp >= 0 && (u_isupper(cp) || u_istitle(cp));
}

class FormCollector {
 public:
  FormCollector(uint32_t entity, std::vector<NameForm>* out) : entity_(entity), out_(out) {}

  // Adds `form` unless the entity already has its text.
  void Add(NameForm form) {
    std::string key = MatchKey(form.text);
    if (std::find(seen_.begin(), seen_.end(), key) != seen_.end()) return;
    seen_.push_back(std::move(key));
    form.entity = entity_;
    // An exception matches in any case: "chicken Kiev" is as much a dish as "Chicken Kiev".
    form.requires_capital = !form.is_exception && FirstIsCapital(form.text);
    out_->push_back(std::move(form));
  }

  void Add(const std::string& text, SpellingTag tag, bool is_short, bool is_exception,
           const Spelling* spelling = nullptr) {
    NameForm form;
    form.text = text;
    form.tag = tag;
    form.spelling = spelling;
    form.is_short = is_short;
    form.is_exception = is_exception;
    Add(std::move(form));
  }

 private:
  uint32_t entity_;
  std::vector<NameForm>* out_;
  std::vector<std::string> seen_;  // match keys so far (an entity has a handful)
};

// `full` (a spelling of `entity`) in case `c`; its surname alone when `is_short`.
std::string Declined(const Entity& entity, const std::string& full, bool is_short, GrammaticalCase c) {
  if (entity.kind != EntityKind::kPerson) return DeclineOther(full, c);
  const std::string declined = DeclinePerson(full, c);
  const std::string surname = Surname(declined);
  return is_short && !surname.empty() ? surname : declined;
}

// The Russian case forms of `full`, a spelling in Russian letters: the whole
// name and, for a person of two or more words, the surname alone.
void AddCaseForms(const Entity& entity, const std::string& full, SpellingTag tag, FormCollector* collect) {
  const bool person = entity.kind == EntityKind::kPerson;
  for (const bool is_short : {false, true}) {
    if (is_short && (!person || Surname(full).empty())) continue;
    const std::string nominative = is_short ? Surname(full) : full;
    for (GrammaticalCase c : kObliqueCases) {
      NameForm form;
      form.text = Declined(entity, full, is_short, c);
      if (form.text == nominative) continue;
      form.tag = tag;
      form.is_short = is_short;
      form.language = "ru";
      form.nominative = nominative;
      form.grammatical_case = c;
      collect->Add(std::move(form));
    }
  }
}

// True when Russian text writes `entity`'s original form of `language` as it is:
// its Russian form, or, for an entity without one, a name of a Central Asian
// language in Russian letters (such names reach the press through Russian).
bool RussianWritesAsIs(const Entity& entity, const std::string& language, const std::string& original) {
  if (language == "ru") return true;
  const bool slavic = language == "uk" || language == "be";
  return !slavic && entity.original.count("ru") == 0 && InRussianLetters(original);
}

// The original forms Russian text writes as they are, as mentions in Russian
// text, with every Russian-letter spelling's case forms.
void AddRussianForms(const Entity& entity, const std::vector<const Spelling*>& spellings, FormCollector* collect) {
  for (const auto& [language, original] : entity.original) {
    if (!RussianWritesAsIs(entity, language, original)) continue;
    NameForm form;
    form.text = original;
    form.language = "ru";
    collect->Add(form);
    if (entity.kind == EntityKind::kPerson && !Surname(original).empty()) {
      form.text = Surname(original);
      form.is_short = true;
      collect->Add(form);
    }
    AddCaseForms(entity, original, SpellingTag::kNone, collect);
  }
  for (const Spelling* s : spellings) {
    if (InRussianLetters(s->text)) AddCaseForms(entity, s->text, s->tag, collect);
  }
}

}  // namespace

std::string Surname(const std::string& spelling) {
  const size_t space = spelling.find_last_of(' ');
  return space == std::string::npos ? "" : spelling.substr(space + 1);
}

std::string PreferredSpelling(const Entity& entity, const std::string& language, bool is_short,
                              GrammaticalCase grammatical_case) {
  const Spelling* preferred = entity.PreferredFor(language);
  const auto original = entity.original.find(language);
  if (preferred == nullptr && original == entity.original.end()) return "";
  const std::string& full = preferred != nullptr ? preferred->text : original->second;
  if (grammatical_case != GrammaticalCase::kNominative) return Declined(entity, full, is_short, grammatical_case);
  const std::string surname = is_short ? Surname(full) : "";
  return surname.empty() ? full : surname;
}

namespace {

bool AllLatin(const std::string& text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t length;
    const int32_t cp = DecodeUtf8(text, pos, &length);
    UErrorCode status = U_ZERO_ERROR;
    if (cp < 0 || (u_isalpha(cp) && uscript_getScript(cp, &status) != USCRIPT_LATIN)) return false;
    pos += length;
  }
  return !text.empty();
}

// The schemes that apply to an original form of `language`: its own and, for a
// Central Asian name that Russian writes as it is, Russian's.
std::vector<const Scheme*> SchemesFor(const Entity& entity, const std::string& language, const std::string& original,
                                      const SchemeSet& schemes) {
  std::vector<const Scheme*> out = schemes.ForLanguage(language);
  if (language != "ru" && RussianWritesAsIs(entity, language, original)) {
    for (const Scheme* s : schemes.ForLanguage("ru")) out.push_back(s);
  }
  return out;
}

// An acronym ("ФСБ", "БелТА", "ГУБОПиК"): one word, mostly capitals. Schemes
// spell its letters, not its Latin acronym: "УзА" would become "USA", "ГУР" "Hour".
bool IsAcronym(const std::string& text) {
  size_t upper = 0, lower = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t length;
    const int32_t cp = DecodeUtf8(text, pos, &length);
    if (cp == ' ') return false;
    upper += u_isupper(cp) ? 1 : 0;
    lower += u_islower(cp) ? 1 : 0;
    pos += length;
  }
  return upper >= 2 && upper > lower;
}

// Spellings of `entity`'s original forms under every scheme that applies.
std::vector<std::string> Generated(const Entity& entity, const SchemeSet& schemes) {
  std::vector<std::string> out;
  for (const auto& [language, original] : entity.original) {
    if (IsAcronym(original)) continue;
    for (const Scheme* scheme : SchemesFor(entity, language, original, schemes)) {
      std::string spelling = scheme->Apply(original);
      if (AllLatin(spelling)) out.push_back(std::move(spelling));
    }
  }
  return out;
}

}  // namespace

std::vector<NameForm> ExpandForms(const RuleTable& table, const SchemeSet* schemes) {
  std::vector<NameForm> forms;
  const std::vector<Entity>& entities = table.entities();
  // Who lists which spelling: a generated spelling another entity lists is left out.
  std::unordered_map<std::string, uint32_t> listed;
  if (schemes != nullptr) {
    for (uint32_t i = 0; i < entities.size(); ++i) {
      for (const Spelling& s : entities[i].variants) listed.emplace(MatchKey(s.text), i);
      for (const auto& [lang, s] : entities[i].preferred) listed.emplace(MatchKey(s.text), i);
    }
  }
  for (uint32_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    FormCollector collect(i, &forms);
    // Variants first: where a spelling is one language's house form and another's
    // variant ("Kiev": French press, historical in English), the variant's tag wins.
    std::vector<const Spelling*> spellings;
    for (const Spelling& s : e.variants) spellings.push_back(&s);
    for (const auto& [lang, s] : e.preferred) spellings.push_back(&s);
    for (const Spelling* s : spellings) collect.Add(s->text, s->tag, false, false, s);
    std::vector<std::string> generated;
    if (schemes != nullptr) {
      for (std::string& g : Generated(e, *schemes)) {
        const auto owner = listed.find(MatchKey(g));
        if (owner == listed.end() || owner->second == i) generated.push_back(std::move(g));
      }
    }
    for (const std::string& g : generated) collect.Add(g, SpellingTag::kTransliteration, false, false);
    if (e.kind == EntityKind::kPerson) {
      for (const Spelling* s : spellings) {
        const std::string surname = Surname(s->text);
        if (!surname.empty()) collect.Add(surname, s->tag, true, false, s);
      }
      for (const std::string& g : generated) {
        const std::string surname = Surname(g);
        if (!surname.empty()) collect.Add(surname, SpellingTag::kTransliteration, true, false);
      }
    }
    AddRussianForms(e, spellings, &collect);
    for (const std::string& phrase : e.exceptions) collect.Add(phrase, SpellingTag::kNone, false, true);
  }
  return forms;
}

}  // namespace translint
