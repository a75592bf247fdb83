#include "match/name_form_cache.h"

#include <cstdint>
#include <cstring>

namespace translint {

namespace {

constexpr std::string_view kMagic = "translint-forms-v1\n";

void PutNumber(std::string* out, uint32_t n) { out->append(reinterpret_cast<const char*>(&n), 4); }

void PutText(std::string* out, std::string_view s) {
  PutNumber(out, static_cast<uint32_t>(s.size()));
  out->append(s);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool Number(uint32_t* n) {
    if (bytes_.size() - at_ < 4) return false;
    std::memcpy(n, bytes_.data() + at_, 4);
    at_ += 4;
    return true;
  }
  bool Text(std::string* s) {
    uint32_t n;
    if (!Number(&n) || bytes_.size() - at_ < n) return false;
    s->assign(bytes_.substr(at_, n));
    at_ += n;
    return true;
  }
  bool done() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  size_t at_ = 0;
};

// A form's spelling, as a reference into its entity: 0 for none, 1 + i for
// the i-th variant, else the language of a preferred spelling in `language`.
uint32_t SpellingRef(const Entity& entity, const Spelling* spelling, std::string* language) {
  if (spelling == nullptr) return 0;
  for (size_t i = 0; i < entity.variants.size(); ++i) {
    if (&entity.variants[i] == spelling) return static_cast<uint32_t>(i + 1);
  }
  for (const auto& [lang, s] : entity.preferred) {
    if (&s == spelling) *language = lang;
  }
  return UINT32_MAX;
}

}  // namespace

std::string SerializeForms(const std::vector<NameForm>& forms, const RuleTable& table) {
  std::string out(kMagic);
  PutNumber(&out, static_cast<uint32_t>(forms.size()));
  for (const NameForm& f : forms) {
    std::string preferred_language;
    PutNumber(&out, f.entity);
    PutNumber(&out, SpellingRef(table.entities()[f.entity], f.spelling, &preferred_language));
    PutText(&out, preferred_language);
    PutText(&out, f.text);
    PutText(&out, f.language);
    PutText(&out, f.nominative);
    PutNumber(&out, static_cast<uint32_t>(f.tag));
    PutNumber(&out, static_cast<uint32_t>(f.grammatical_case));
    PutNumber(&out, (f.is_short ? 1u : 0u) | (f.is_exception ? 2u : 0u) | (f.requires_capital ? 4u : 0u));
  }
  return out;
}

std::optional<std::vector<NameForm>> DeserializeForms(std::string_view bytes, const RuleTable& table) {
  if (bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  Reader in(bytes.substr(kMagic.size()));
  uint32_t count;
  if (!in.Number(&count) || count > bytes.size()) return std::nullopt;
  std::vector<NameForm> forms(count);
  for (NameForm& f : forms) {
    uint32_t ref, tag, grammatical_case, flags;
    std::string preferred_language;
    if (!in.Number(&f.entity) || !in.Number(&ref) || !in.Text(&preferred_language) || !in.Text(&f.text) ||
        !in.Text(&f.language) || !in.Text(&f.nominative) || !in.Number(&tag) || !in.Number(&grammatical_case) ||
        !in.Number(&flags) || f.entity >= table.entities().size() ||
        tag > static_cast<uint32_t>(SpellingTag::kMisspelling) ||
        grammatical_case > static_cast<uint32_t>(GrammaticalCase::kPrepositional)) {
      return std::nullopt;
    }
    const Entity& entity = table.entities()[f.entity];
    if (ref == UINT32_MAX) {
      const auto it = entity.preferred.find(preferred_language);
      if (it == entity.preferred.end()) return std::nullopt;
      f.spelling = &it->second;
    } else if (ref > 0) {
      if (ref > entity.variants.size()) return std::nullopt;
      f.spelling = &entity.variants[ref - 1];
    }
    f.tag = static_cast<SpellingTag>(tag);
    f.grammatical_case = static_cast<GrammaticalCase>(grammatical_case);
    f.is_short = flags & 1u;
    f.is_exception = flags & 2u;
    f.requires_capital = flags & 4u;
  }
  if (!in.done()) return std::nullopt;
  return forms;
}

}  // namespace translint
