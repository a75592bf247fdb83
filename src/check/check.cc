#include "check/check.h"

#include <algorithm>

#include "check/boilerplate/boilerplate_checks.h"
#include "check/input/input_checks.h"
#include "check/names/name_checks.h"
#include "check/numbers/number_checks.h"
#include "check/script/script_checks.h"
#include "check/source/source_checks.h"
#include "check/spelling/unknown_word_check.h"
#include "check/structure/structure_checks.h"
#include "check/typography/typography_checks.h"

namespace translint {

Diagnostic Check::Make(const Document& document, Span span, std::string message) const {
  Diagnostic d;
  d.check = info().id;
  d.severity = info().default_severity;
  d.location = LocationOf(document, span);
  d.message = std::move(message);
  d.text = std::string(document.text().substr(span.begin, span.size()));
  return d;
}

void CheckRegistry::Add(std::unique_ptr<Check> check) {
  checks_.push_back(std::move(check));
  std::sort(checks_.begin(), checks_.end(), [](const auto& a, const auto& b) { return a->info().id < b->info().id; });
}

const Check* CheckRegistry::Find(const std::string& id) const {
  for (const auto& check : checks_) {
    if (check->info().id == id) return check.get();
  }
  return nullptr;
}

std::vector<std::string> CheckRegistry::Ids() const {
  std::vector<std::string> ids;
  for (const auto& check : checks_) ids.push_back(check->info().id);
  return ids;
}

const CheckRegistry& BuiltinChecks() {
  static const CheckRegistry* registry = [] {
    auto* r = new CheckRegistry;
    RegisterBoilerplateChecks(r);
    RegisterInputChecks(r);
    RegisterNameChecks(r);
    RegisterNumberChecks(r);
    RegisterScriptChecks(r);
    RegisterSourceChecks(r);
    RegisterSpellingChecks(r);
    RegisterStructureChecks(r);
    RegisterTypographyChecks(r);
    return r;
  }();
  return *registry;
}

}  // namespace translint
