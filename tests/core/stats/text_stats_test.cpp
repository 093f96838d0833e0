// Text statistics of articles and scopes, counted by hand.
#include "core/stats/text_stats.h"

#include <gtest/gtest.h>

#include "core/stats/charts.h"
#include "stats_fixture.h"

namespace wortblick::stats {
namespace {

using testing::fixture;

constexpr double kAll = 1e9;  // a budget that finishes every job in one call

// Tiere | Die Katze schläft. Die Katze frisst. Der Hund bellt laut.
// Words: Tiere Die Katze schläft Die Katze frisst Der Hund bellt laut = 11; sentences: the
// title and three = 4. Types (folded): tiere die katze schläft frisst der hund bellt laut = 9;
// hapax: all but die and katze = 7. Syllables: Tie-re 2, Kat-ze 2 (twice), every other word 1
// = 14. Letters: 5+3+5+7+3+5+6+3+4+5+4 = 50. Longer than six letters: schläft. Three or more
// syllables: none. One syllable: 8 (Die ×2, schläft, frisst, Der, Hund, bellt, laut).
constexpr const char* kAnimals = "Tiere\nDie Katze schläft. Die Katze frisst. Der Hund bellt laut.";

TEST(TextStats, CountsOfAShortTextByHand) {
  auto w = fixture({kAnimals});
  const auto s = *text_stats(w, {}, kAll);
  ASSERT_FALSE(s.error);
  EXPECT_EQ(s.figures.words, 11u);
  EXPECT_EQ(s.figures.sentences, 4u);
  EXPECT_EQ(s.figures.syllables, 14u);
  EXPECT_EQ(s.figures.letters, 50u);
  EXPECT_EQ(s.figures.long_words, 1u);
  EXPECT_EQ(s.figures.polysyllables, 0u);
  EXPECT_EQ(s.figures.monosyllables, 8u);
  EXPECT_EQ(s.types, 9u);
  EXPECT_EQ(s.hapax, 7u);
  EXPECT_NEAR(s.ttr, 9.0 / 11.0, 1e-12);
  EXPECT_NEAR(s.sttr, 9.0 / 11.0, 1e-12);  // no full 1,000-word chunk: the plain TTR
  EXPECT_EQ(s.sttr_chunks, 0u);
  EXPECT_NEAR(s.hapax_share, 7.0 / 9.0, 1e-12);
}

TEST(TextStats, ReadabilityOfAShortTextByHand) {
  // ASL = 11 / 4 = 2.75; ASW = 14 / 11 = 1.272727.
  // Amstad = 180 − 2.75 − 58.5 · 1.272727 = 102.795455.
  // LIX = 11 / 4 + 100 · 1 / 11 = 11.840909.
  // WSTF1 = 0.1935 · 0 + 0.1672 · 2.75 + 0.1297 · 9.090909 − 0.0327 · 72.727273 − 0.875 = −1.614291.
  auto w = fixture({kAnimals});
  const auto r = text_stats(w, {}, kAll)->readability;
  EXPECT_NEAR(r.mean_sentence_length, 2.75, 1e-12);
  EXPECT_NEAR(r.mean_word_length, 50.0 / 11.0, 1e-12);
  EXPECT_NEAR(r.flesch_amstad, 102.795455, 1e-6);
  EXPECT_NEAR(r.lix, 11.840909, 1e-6);
  EXPECT_NEAR(r.wstf1, -1.614291, 1e-6);
}

TEST(TextStats, CoverageOfTheMostFrequentWords) {
  // Frequencies sorted: 2 2 1 1 1 1 1 1 1 (11 words). 50 % = 5.5 words: 2+2+1+1 = 6 → 4 words;
  // 80 % = 8.8: 9 → 7 words; 90 % = 9.9: 10 → 8 words; 95 % = 10.45: 11 → 9 words.
  auto w = fixture({kAnimals});
  const auto s = *text_stats(w, {}, kAll);
  EXPECT_EQ(s.coverage[0], 4u);
  EXPECT_EQ(s.coverage[1], 7u);
  EXPECT_EQ(s.coverage[2], 8u);
  EXPECT_EQ(s.coverage[3], 9u);
}

// A made-up word for every number, letters only: q + base-26 digits.
std::string name(int i) {
  std::string s = "q";
  do {
    s += static_cast<char>('a' + i % 26);
    i /= 26;
  } while (i > 0);
  return s;
}

TEST(TextStats, StandardizedTtrOverThousandWordChunks) {
  // The title "Liste" and 2,500 body words: 0..999 repeat 500 names twice, 1000..2499 are all
  // new. Chunk 1 = Liste + body 0..998: 1 + 500 types → 0.501. Chunk 2 = body 999..1998: name
  // 499 and 999 new ones → 1.0. The last 501 words make no full chunk. STTR = 0.7505.
  std::string text = "Liste\n";
  for (int i = 0; i < 2500; ++i) text += name(i < 1000 ? i % 500 : i) + ' ';
  auto w = fixture({text});
  const auto s = *text_stats(w, {}, kAll);
  EXPECT_EQ(s.figures.words, 2501u);
  EXPECT_EQ(s.sttr_chunks, 2u);
  EXPECT_NEAR(s.sttr, 0.7505, 1e-12);
  EXPECT_EQ(s.types, 1u + 500u + 1500u);
}

TEST(TextStats, NumbersAreNotWordsAndScopesSum) {
  auto w = fixture({kAnimals, "Zahlen\nIm Jahr 2024 kamen 300 Gäste."});
  const auto all = *text_stats(w, {}, kAll);
  const auto second = *text_stats(w, {ScopeKind::Article, "t1:1", {}}, kAll);
  EXPECT_EQ(second.figures.words, 5u);  // Zahlen Im Jahr kamen Gäste
  EXPECT_EQ(all.figures.words, 16u);
  EXPECT_EQ(all.articles, 2u);
  const auto& each = article_text_stats(w);
  ASSERT_EQ(each.size(), 2u);
  EXPECT_EQ(each[0].figures.words, 11u);
  EXPECT_EQ(each[1].figures.words, 5u);
  EXPECT_EQ(each[1].types, 5u);
}

// A scope of several articles is a job spread over steps; one article is answered at once from
// the figures made when it was counted. Both agree with reading everything in one call.
TEST(TextStats, SteppedScopeAndSingleArticleAgreeWithOneCall) {
  std::vector<std::string> texts;
  for (int i = 0; i < 30; ++i) {
    // A word of its own per article: "Hofaa", "Hofba", … (letters only, so never a number).
    const std::string own = std::string("Hof") + static_cast<char>('a' + i % 26) + static_cast<char>('a' + i / 26);
    texts.push_back(std::string(kAnimals) + " " + own + " bellt.");
  }
  auto once = fixture(texts);
  const auto all = *text_stats(once, {}, kAll);
  auto w = fixture(texts);
  double fraction = -1;
  auto s = text_stats(w, {}, 0, &fraction);
  int calls = 1;
  while (!s) {
    EXPECT_TRUE(analysis_running(w));
    EXPECT_LT(fraction, 1.0);
    step_analysis(w, 0);
    s = text_stats(w, {}, 0, &fraction);
    ++calls;
  }
  EXPECT_GT(calls, 2);  // a zero budget reads one article per step
  EXPECT_EQ(s->types, all.types);
  EXPECT_EQ(s->hapax, all.hapax);
  EXPECT_EQ(s->coverage, all.coverage);
  // 30 × (11 + 2) words; types: the 9 animal words and the 30 own words (hapax each) = 39.
  EXPECT_EQ(s->figures.words, 390u);
  EXPECT_EQ(s->types, 39u);
  EXPECT_EQ(s->hapax, 30u);  // schläft, frisst … occur 30 times; only the own words once
  const auto one = text_stats(w, {ScopeKind::Article, "t3:1", {}}, 0);
  ASSERT_TRUE(one.has_value());  // no job for one article
  ASSERT_FALSE(one->error);
  EXPECT_FALSE(analysis_running(w));
  EXPECT_EQ(one->figures.words, 13u);
  EXPECT_EQ(one->types, 10u);  // 13 words; die, katze and bellt twice
  EXPECT_EQ(one->types, article_text_stats(w)[3].types);
}

TEST(TextStats, EmptyAndInvalidScopes) {
  auto w = fixture({kAnimals});
  EXPECT_EQ(text_stats(w, {ScopeKind::Tag, "nope", {}}, kAll)->error->code, Msg::ScopeUnknownTag);
  auto empty = fixture({"#nur Boilerplate"});
  const auto s = *text_stats(empty, {}, kAll);
  EXPECT_EQ(s.figures.words, 0u);
  EXPECT_FALSE(s.readability.valid);
  EXPECT_EQ(s.ttr, 0);
}

}  // namespace
}  // namespace wortblick::stats
