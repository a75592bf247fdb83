// translint translit: a Cyrillic name under every shipped romanization scheme.
#include "cli/commands.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <sstream>

#include "cli/workspace.h"
#include "translit/name_key.h"
#include "translit/scheme_set.h"

namespace translint {

namespace {

bool IsLatinText(const std::string& text) {
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    const UChar32 cp = s.char32At(i);
    UErrorCode status = U_ZERO_ERROR;
    if (u_isalpha(cp) && uscript_getScript(cp, &status) != USCRIPT_LATIN) return false;
  }
  return true;
}

// "[key SDR JPRV: s.a.d.i.r zh.a.p.a.r.o.v]": the name key of each word.
std::string KeyOf(const std::string& rendering, const std::string& reading) {
  std::string candidates, phonemes;
  std::istringstream words(rendering);
  for (std::string word; words >> word;) {
    const NameKey key = ReadName(word, reading);
    if (key.empty()) continue;
    candidates += (candidates.empty() ? "" : " ") + key.candidate();
    phonemes += (phonemes.empty() ? "" : " ") + DescribePhonemes(key);
  }
  return "[key " + candidates + ": " + phonemes + "]";
}

}  // namespace

int RunTranslit(const std::string& text, const Options& options, std::ostream& out, std::ostream& err) {
  Result<SchemeSet> schemes = SchemeSet::Load(ShippedFolder("transliteration"));
  if (!schemes.ok()) {
    err << "translint: error: " << schemes.status().message() << "\n";
    return 2;
  }
  size_t printed = 0;
  for (const Scheme& scheme : schemes->schemes()) {
    if (options.language && scheme.language != *options.language) continue;
    const std::string rendering = scheme.Apply(text);
    // Without --from, a scheme applies when it turns every letter into Latin.
    if (!options.language && !IsLatinText(rendering)) continue;
    out << scheme.id << ": " << rendering << "  " << KeyOf(rendering, scheme.Reading()) << "\n";
    ++printed;
  }
  if (printed == 0) {
    err << "translint: error: no scheme for the language \"" << options.language.value_or("") << "\"\n";
    return 2;
  }
  return 0;
}

}  // namespace translint
