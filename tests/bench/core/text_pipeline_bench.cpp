// Throughput of tokenize + fold + stem on 10 MB of synthetic German built from the seeds' words.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/corpus/seed_files.h"
#include "core/text/text_pipeline.h"

namespace {

// Deterministic text: seed tokens (words, numbers, compounds, punctuation) drawn by a fixed
// linear congruential generator, so every run measures the same bytes.
std::string synthetic_german(std::size_t bytes) {
  std::vector<std::string> vocabulary;
  for (const auto& f : wortblick::generated::seed_files()) {
    std::string word;
    for (char c : f.bytes) {
      if (c == ' ' || c == '\n') {
        if (!word.empty()) vocabulary.push_back(word);
        word.clear();
      } else {
        word += c;
      }
    }
  }
  std::string out;
  out.reserve(bytes + 64);
  std::uint64_t state = 42;
  std::size_t in_paragraph = 0;
  while (out.size() < bytes) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    out += vocabulary[(state >> 33) % vocabulary.size()];
    out += ++in_paragraph % 80 == 0 ? "\n\n" : " ";
  }
  return out;
}

void BM_TokenizeFoldStem(benchmark::State& state) {
  const std::string text = synthetic_german(10u << 20);
  wortblick::text::TextPipeline pipeline;
  std::vector<wortblick::text::Token> tokens;
  std::size_t count = 0;
  for (auto _ : state) {
    tokens.clear();
    pipeline.tokenize(text, tokens);
    count = tokens.size();
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = static_cast<double>(count);
}
BENCHMARK(BM_TokenizeFoldStem)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A fresh pipeline each run: includes filling the key and stem caches (the first indexing).
void BM_TokenizeFoldStemColdCaches(benchmark::State& state) {
  const std::string text = synthetic_german(10u << 20);
  for (auto _ : state) {
    wortblick::text::TextPipeline pipeline;
    auto tokens = pipeline.tokenize(text);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TokenizeFoldStemColdCaches)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
