// Micro-benchmark: the cost of VariantSet::Scan must not grow with the number of
// spellings (DESIGN.md: scan once for every variant). Scans the same 1 MB of
// English text, paragraph by paragraph as the Linter does, against sets of 100 to
// 100,000 synthetic spellings.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "match/variant_set.h"
#include "text/normalized_text.h"

namespace {

const std::string kParagraph =
    "Kyrgyz President Sadyr Japarov met Kazakh President Kassym-Jomart Tokayev in Astana on Monday, "
    "the presidential press service said. The two leaders discussed water, energy and the border, "
    "and agreed to meet again in Bishkek. Japarov's office called the talks constructive.\n";
constexpr size_t kParagraphs = 1000000 / 300;

std::string Syllables(size_t i) {
  static const char* kSyl[] = {"ba", "da", "ka", "ma", "na", "ra", "sa", "ta", "zha", "ly"};
  std::string s;
  for (int k = 0; k < 5; ++k, i /= 10) s += kSyl[i % 10];
  s[0] = static_cast<char>(s[0] - 32);
  return s;
}

void BM_Scan(benchmark::State& state) {
  translint::VariantSet set;
  set.Add("Sadyr Japarov", 0, true);
  set.Add("Japarov", 1, true);
  for (int64_t i = 0; i < state.range(0); ++i) set.Add("Timur " + Syllables(i) + "ov", 2, true);
  set.Compile();
  const translint::NormalizedText normalized(kParagraph, 0);
  size_t matches = 0;
  for (auto _ : state) {
    for (size_t p = 0; p < kParagraphs; ++p) set.Scan(normalized, kParagraph, [&](translint::VariantMatch) { ++matches; });
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * kParagraphs * kParagraph.size()));
}
BENCHMARK(BM_Scan)->Arg(100)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
