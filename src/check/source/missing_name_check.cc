// source/missing-name: an entity the source names that its translation does not.
#include <algorithm>
#include <cctype>

#include "check/names/name_usage.h"
#include "check/source/source_checks.h"

namespace translint {

namespace {

// Whether `mention` can name `entity` (resolved to it, or one of its candidates).
bool CanName(const CheckContext& context, const Mention& mention, uint32_t entity) {
  if (mention.entity >= 0) return static_cast<uint32_t>(mention.entity) == entity;
  return std::any_of(mention.forms.begin(), mention.forms.end(),
                     [&](uint32_t f) { return context.names.form(f).entity == entity; });
}

// The source mention of `entity` (the first).
const Mention& SourceMention(const SourceSide& source, uint32_t entity) {
  for (const Mention& m : source.mentions) {
    if (m.entity == static_cast<int>(entity)) return m;
  }
  return source.mentions.front();
}

class MissingNameCheck : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "source/missing-name", "An entity the source names is not named in the translation.",
        "The source of each segment is searched for the listed entities' original forms, in any Russian case "
        "(\"Жапарова\", \"Жапаровым\"); each must be named in the translation of that segment, in any of its "
        "spellings (a respelling is source/name-rendering's); a place may also be named by its adjective "
        "(\"Russian\" for России). When the translation names another person instead, the finding says who.\n"
        "Source: Садыр Жапаров встретился с Токаевым.\n"
        "Before: Sadyr Japarov met the president.\n"
        "After:  Sadyr Japarov met Kassym-Jomart Tokayev.",
        Severity::kWarning, CheckScope::kDocument, false};
    return kInfo;
  }

  void CheckDocument(const CheckContext& context, DiagnosticSink* sink) const override {
    ForEachTranslated(context, [&](const TranslationUnit& unit, const SourceSide& source) {
      const std::vector<uint32_t> named = SourceEntities(source);
      if (named.empty()) return;
      const std::vector<const Mention*> target = MentionsIn(context, unit.target);
      for (uint32_t entity : named) {
        const bool found = std::any_of(target.begin(), target.end(), [&](const Mention* m) { return CanName(context, *m, entity); });
        if (found || Respelled(context, unit, entity) || Adjective(context, unit, entity) ||
            InOtherCase(context, unit, entity)) {
          continue;
        }
        Report(context, unit, source, entity, named, target, sink);
      }
    });
  }

 private:
  // A near spelling of `entity` in the unit's target: source/name-rendering reports it.
  static bool Respelled(const CheckContext& context, const TranslationUnit& unit, uint32_t entity) {
    if (context.near_mentions == nullptr) return false;
    return std::any_of(context.near_mentions->begin(), context.near_mentions->end(), [&](const NearMention& n) {
      return n.entity == entity && n.span.begin >= unit.target.begin && n.span.end <= unit.target.end;
    });
  }

  // A spelling of the entity written in other letter case ("tass", "russia's"):
  // a capitalization slip, not a missing name.
  static bool InOtherCase(const CheckContext& context, const TranslationUnit& unit, uint32_t entity) {
    std::string target(context.document.text().substr(unit.target.begin, unit.target.size()));
    for (char& c : target) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (uint32_t f : context.names.FormsOf(entity)) {
      const NameForm& form = context.names.form(f);
      if (form.is_exception || !form.language.empty() || form.text.size() < 3) continue;
      std::string lower = form.text;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (size_t at = target.find(lower); at != std::string::npos; at = target.find(lower, at + 1)) {
        const size_t end = at + lower.size();
        if ((at == 0 || !std::isalpha(static_cast<unsigned char>(target[at - 1]))) &&
            (end == target.size() || !std::isalpha(static_cast<unsigned char>(target[end])))) {
          return true;
        }
      }
    }
    return false;
  }

  // For a place, a word of the target that its English name's stem starts:
  // "Russian" for Russia (России), "Ukrainian", "Kazakh" for Kazakhstan.
  static bool Adjective(const CheckContext& context, const TranslationUnit& unit, uint32_t entity) {
    if (context.names.table().entities()[entity].kind != EntityKind::kPlace) return false;
    const std::string_view target = context.document.text().substr(unit.target.begin, unit.target.size());
    for (uint32_t f : context.names.FormsOf(entity)) {
      const NameForm& form = context.names.form(f);
      if (form.is_exception || !form.language.empty()) continue;
      std::string stem = form.text.substr(form.text.rfind(' ') == std::string::npos ? 0 : form.text.rfind(' ') + 1);
      if (stem.size() > 6 && stem.compare(stem.size() - 4, 4, "stan") == 0) stem.resize(stem.size() - 4);
      if (stem.size() > 4 && std::string_view("aeiouy").find(stem.back()) != std::string_view::npos) stem.pop_back();
      if (stem.size() < 4) continue;
      for (size_t at = target.find(stem); at != std::string_view::npos; at = target.find(stem, at + 1)) {
        if (at == 0 || !std::isalpha(static_cast<unsigned char>(target[at - 1]))) return true;
      }
    }
    return false;
  }

  void Report(const CheckContext& context, const TranslationUnit& unit, const SourceSide& source, uint32_t entity,
              const std::vector<uint32_t>& named, const std::vector<const Mention*>& target,
              DiagnosticSink* sink) const {
    const std::vector<Entity>& entities = context.names.table().entities();
    const Entity& missing = entities[entity];
    const Mention& in_source = SourceMention(source, entity);
    const std::string written(source.text->text().substr(in_source.span.begin, in_source.span.size()));
    // Another entity of the same kind that the source does not name.
    const Mention* instead = nullptr;
    for (const Mention* m : target) {
      if (m->entity < 0 || std::find(named.begin(), named.end(), static_cast<uint32_t>(m->entity)) != named.end()) continue;
      if (entities[m->entity].kind == missing.kind && missing.kind == EntityKind::kPerson) instead = m;
    }
    Diagnostic d;
    if (instead != nullptr) {
      d = Make(context.document, instead->span,
               Quoted(context, *instead) + " where the source names " + EntityLabel(missing) + " (" + Quoted(written) +
                   "): check which is meant");
    } else {
      d = Make(context.document, unit.target,
               "the source names " + EntityLabel(missing) + " (" + Quoted(written) +
                   ") and the translation does not: translate the name");
    }
    d.entity = missing.id;
    d.notes.push_back(SourceNote(context.document, unit, in_source.span, "the source's " + Quoted(written)));
    sink->Report(std::move(d));
  }
};

}  // namespace

std::unique_ptr<Check> MakeMissingNameCheck() { return std::make_unique<MissingNameCheck>(); }

}  // namespace translint
