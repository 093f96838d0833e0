// Summing the articles' figures and reading their streams for types, hapax, STTR and coverage.
#include "core/stats/text_stats.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace wortblick::stats {
namespace {

// Distinct values of a chunk's terms (sorted in place).
std::uint64_t distinct(std::vector<TermId>& chunk) {
  std::sort(chunk.begin(), chunk.end());
  return static_cast<std::uint64_t>(std::unique(chunk.begin(), chunk.end()) - chunk.begin());
}

}  // namespace

TextStats text_stats(const StatsInputs& in, const ResolvedScope& scope) {
  TextStats s;
  s.articles = scope.articles.size();
  if (scope.error) {
    s.error = scope.error;
    return s;
  }
  const TermTable& table = in.index.terms();
  // Sparse: an article's statistics touch only its own few hundred terms.
  std::unordered_map<TermId, std::uint64_t> count;
  std::vector<TermId> chunk;
  chunk.reserve(kSttrChunk);
  double ttr_sum = 0;
  for (const ArticleCounts* a : counts_of(scope, in.index)) {
    s.figures += a->figures;
    for (const auto streamed : a->stream) {
      const TermId t = table.surface(surface_of(streamed)).term;
      if (table.term(t).number) continue;
      ++count[t];
      chunk.push_back(t);
      if (chunk.size() == kSttrChunk) {
        ttr_sum += static_cast<double>(distinct(chunk)) / kSttrChunk;
        ++s.sttr_chunks;
        chunk.clear();
      }
    }
  }
  s.readability = readability(s.figures);
  std::vector<std::uint64_t> frequencies;
  frequencies.reserve(count.size());
  for (const auto& [term, c] : count) {
    frequencies.push_back(c);
    if (c == 1) ++s.hapax;
  }
  s.types = frequencies.size();
  const std::uint64_t words = s.figures.words;
  if (words > 0) s.ttr = static_cast<double>(s.types) / static_cast<double>(words);
  s.sttr = s.sttr_chunks > 0 ? ttr_sum / static_cast<double>(s.sttr_chunks) : s.ttr;
  if (s.types > 0) s.hapax_share = static_cast<double>(s.hapax) / static_cast<double>(s.types);
  std::sort(frequencies.begin(), frequencies.end(), std::greater<>());
  std::uint64_t covered = 0;
  std::size_t level = 0;
  for (std::size_t i = 0; i < frequencies.size() && level < kCoverageLevels.size(); ++i) {
    covered += frequencies[i];
    // covered / words >= level %, in integers so 80 % of 10 words is exactly 8.
    while (level < kCoverageLevels.size() && covered * 100 >= kCoverageLevels[level] * words) s.coverage[level++] = i + 1;
  }
  return s;
}

}  // namespace wortblick::stats
