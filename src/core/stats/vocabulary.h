// Types, hapax, standardized TTR and coverage of a run of words, counted a word at a time:
// the same counter serves an article (at count time) and a scope (a job over the streams).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "core/stats/term_table.h"

namespace wortblick::stats {

inline constexpr std::uint32_t kSttrChunk = 1000;
inline constexpr std::array<std::uint32_t, 4> kCoverageLevels = {50, 80, 90, 95};

struct VocabularyFigures {
  std::uint64_t words = 0;        // words added
  std::uint64_t types = 0;        // distinct terms among them
  std::uint64_t hapax = 0;        // terms seen exactly once
  std::uint64_t sttr_chunks = 0;  // full 1,000-word chunks (the last, shorter one is left out)
  double chunk_ttr_sum = 0;       // the sum of those chunks' type/token ratios
  // How many of the most frequent terms together make up 50, 80, 90 and 95 % of the words.
  std::array<std::uint64_t, 4> coverage = {0, 0, 0, 0};
};

class VocabularyCounter {
 public:
  void add(TermId term);  // the next word (numbers are not words: callers skip them)
  // The figures of the words added since the last finish(); starts a new run.
  VocabularyFigures finish();

 private:
  // Dense per-term arrays, grown on demand and reset through touched_: an article touches a
  // few hundred of them, a corpus hundreds of thousands, and neither pays for hashing.
  std::vector<std::uint32_t> count_;
  std::vector<std::uint32_t> chunk_of_;  // per term: the chunk it was last seen in
  std::vector<TermId> touched_;
  std::uint32_t chunk_ = 1;  // never 0, the value of a term not seen yet
  std::uint32_t in_chunk_ = 0;
  std::uint32_t distinct_in_chunk_ = 0;
  VocabularyFigures figures_;
};

}  // namespace wortblick::stats
