// Counting terms per run and per chunk, and reading the coverage curve off a histogram.
#include "core/stats/vocabulary.h"

#include <algorithm>

namespace wortblick::stats {

void VocabularyCounter::add(TermId term) {
  if (term >= count_.size()) {
    const std::size_t size = std::max<std::size_t>(term + 1, count_.size() + count_.size() / 2);
    count_.resize(size, 0);
    chunk_of_.resize(size, 0);
  }
  if (count_[term]++ == 0) touched_.push_back(term);
  if (chunk_of_[term] != chunk_) {
    chunk_of_[term] = chunk_;
    ++distinct_in_chunk_;
  }
  ++figures_.words;
  if (++in_chunk_ == kSttrChunk) {
    figures_.chunk_ttr_sum += static_cast<double>(distinct_in_chunk_) / kSttrChunk;
    ++figures_.sttr_chunks;
    ++chunk_;
    in_chunk_ = distinct_in_chunk_ = 0;
  }
}

VocabularyFigures VocabularyCounter::finish() {
  VocabularyFigures f = figures_;
  f.types = touched_.size();
  // Types by frequency: a histogram up to the largest count, walked from the top, instead of
  // sorting every type's count (a corpus has hundreds of thousands).
  std::uint32_t most = 0;
  for (const auto t : touched_) most = std::max(most, count_[t]);
  std::vector<std::uint32_t> with_count(static_cast<std::size_t>(most) + 1, 0);
  for (const auto t : touched_) {
    ++with_count[count_[t]];
    count_[t] = 0;
  }
  touched_.clear();
  if (most >= 1) f.hapax = with_count[1];
  std::uint64_t covered = 0, ranked = 0;
  std::size_t level = 0;
  for (std::uint64_t c = most; c >= 1 && level < kCoverageLevels.size(); --c) {
    const std::uint64_t n = with_count[c];
    // Each of these n types adds c words; the level is reached at the first k with
    // (covered + k*c) * 100 >= level * words, in integers so 80 % of 10 words is exactly 8.
    while (level < kCoverageLevels.size()) {
      const std::uint64_t target = kCoverageLevels[level] * f.words;
      if ((covered + n * c) * 100 < target) break;
      const std::uint64_t missing = target > covered * 100 ? target - covered * 100 : 0;
      const std::uint64_t k = std::max<std::uint64_t>(1, (missing + 100 * c - 1) / (100 * c));
      f.coverage[level++] = ranked + k;
    }
    covered += n * c;
    ranked += n;
  }
  figures_ = {};
  ++chunk_;  // stale chunk marks of this run no longer match
  in_chunk_ = distinct_in_chunk_ = 0;
  return f;
}

}  // namespace wortblick::stats
