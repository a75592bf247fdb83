// Micro-benchmark of the per-segment work every document gets before its
// checks run: SegmentProse, the folded view (NormalizedText), the words
// (Tokenize), and the UTF-16 column count of positions (CountUtf16Units), in
// MB/s of text.
//
//   build/bench/segment_bench FILE [--benchmark_... flags]
//
// FILE is real text (bench/run.sh passes articles of its archive), read once;
// it is cut into paragraphs at blank lines as the segmenter does for plain text.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "base/utf8.h"
#include "text/document.h"
#include "text/normalized_text.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace {

std::string g_text;

void BM_SegmentProse(benchmark::State& state) {
  const translint::Document document("bench.txt", g_text, "en");
  for (auto _ : state) benchmark::DoNotOptimize(translint::SegmentProse(document));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_text.size()));
}

void BM_NormalizedText(benchmark::State& state) {
  const translint::Document document("bench.txt", g_text, "en");
  const std::vector<translint::Span> prose = translint::SegmentProse(document);
  for (auto _ : state) {
    for (const translint::Span& s : prose) {
      benchmark::DoNotOptimize(translint::NormalizedText(g_text.substr(s.begin, s.size()), s.begin));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_text.size()));
}

void BM_Tokenize(benchmark::State& state) {
  const translint::Document document("bench.txt", g_text, "en");
  std::vector<std::string> folded;
  for (const translint::Span& s : translint::SegmentProse(document)) {
    folded.push_back(translint::NormalizedText(g_text.substr(s.begin, s.size()), s.begin).folded());
  }
  for (auto _ : state) {
    for (const std::string& f : folded) benchmark::DoNotOptimize(translint::Tokenize(f));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_text.size()));
}

void BM_CountUtf16Units(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(translint::CountUtf16Units(g_text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * g_text.size()));
}

BENCHMARK(BM_SegmentProse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NormalizedText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CountUtf16Units)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') {
    std::fprintf(stderr, "usage: segment_bench FILE [--benchmark_... flags]\n");
    return 2;
  }
  translint::Result<std::string> text = translint::ReadFile(argv[1]);
  if (!text.ok()) {
    std::fprintf(stderr, "segment_bench: %s\n", text.status().message().c_str());
    return 2;
  }
  g_text = std::move(*text);
  argv[1] = argv[0];
  ++argv;
  --argc;
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
