// Types, hapax, coverage and chunk TTRs of word runs whose counts are written out by hand.
#include "core/stats/vocabulary.h"

#include <gtest/gtest.h>

#include <vector>

namespace wortblick::stats {
namespace {

VocabularyFigures run(VocabularyCounter& c, const std::vector<TermId>& words) {
  for (const auto t : words) c.add(t);
  return c.finish();
}

// Term 7 five times, term 3 three times, terms 9 and 1 once: 10 words, 4 types, 2 hapax.
// Coverage: 7 alone is 5/10 = 50 %; with 3, 8/10 = 80 %; with one hapax 9/10 = 90 %; 95 %
// needs all four.
TEST(Vocabulary, CountsAndCoverageByHand) {
  VocabularyCounter c;
  const auto f = run(c, {7, 3, 7, 9, 7, 3, 7, 1, 3, 7});
  EXPECT_EQ(f.words, 10u);
  EXPECT_EQ(f.types, 4u);
  EXPECT_EQ(f.hapax, 2u);
  EXPECT_EQ(f.coverage, (std::array<std::uint64_t, 4>{1, 2, 3, 4}));
  EXPECT_EQ(f.sttr_chunks, 0u);
}

// Five terms twice each: 2 of them are 4/10 < 50 %, 3 are 6/10; 4 make 80 %; all five 90 and
// 95 % (tied counts: the level is reached part-way through a run of equal frequencies).
TEST(Vocabulary, CoverageInsideARunOfEqualCounts) {
  VocabularyCounter c;
  const auto f = run(c, {1, 2, 3, 4, 5, 5, 4, 3, 2, 1});
  EXPECT_EQ(f.types, 5u);
  EXPECT_EQ(f.hapax, 0u);
  EXPECT_EQ(f.coverage, (std::array<std::uint64_t, 4>{3, 4, 5, 5}));
}

// 2,500 words: chunk 1 is terms 0..999 once each (TTR 1), chunk 2 is term 0 a thousand times
// (TTR 0.001), and the last 500 words are no full chunk: a sum of 1.001 over 2 chunks.
TEST(Vocabulary, ChunksOfAThousandWords) {
  VocabularyCounter c;
  std::vector<TermId> words;
  for (TermId t = 0; t < 1000; ++t) words.push_back(t);
  for (int i = 0; i < 1000; ++i) words.push_back(0);
  for (TermId t = 0; t < 500; ++t) words.push_back(2000 + t);
  const auto f = run(c, words);
  EXPECT_EQ(f.sttr_chunks, 2u);
  EXPECT_NEAR(f.chunk_ttr_sum, 1.001, 1e-12);
  EXPECT_EQ(f.types, 1500u);
  EXPECT_EQ(f.hapax, 1499u);  // every term but 0
}

// One counter serves article after article: nothing of a run carries into the next.
TEST(Vocabulary, RunsAreIndependent) {
  VocabularyCounter c;
  std::vector<TermId> first;
  for (int i = 0; i < 999; ++i) first.push_back(static_cast<TermId>(i % 10));
  run(c, first);
  std::vector<TermId> second;
  for (TermId t = 0; t < 1000; ++t) second.push_back(t);
  const auto f = run(c, second);
  EXPECT_EQ(f.words, 1000u);
  EXPECT_EQ(f.types, 1000u);
  EXPECT_EQ(f.hapax, 1000u);
  EXPECT_EQ(f.sttr_chunks, 1u);
  EXPECT_NEAR(f.chunk_ttr_sum, 1.0, 1e-12);  // the 999 words of the first run did not count
  const auto empty = c.finish();
  EXPECT_EQ(empty.words, 0u);
  EXPECT_EQ(empty.types, 0u);
  EXPECT_EQ(empty.coverage, (std::array<std::uint64_t, 4>{0, 0, 0, 0}));
}

}  // namespace
}  // namespace wortblick::stats
