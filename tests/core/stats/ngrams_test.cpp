// N-grams: counted by hand on small texts; never across sentences, blocks or articles.
#include "core/stats/ngrams.h"

#include <gtest/gtest.h>

#include <limits>

#include "core/stats/charts.h"
#include "stats_fixture.h"

namespace wortblick::stats {
namespace {

using testing::fixture;

NgramTable run(Workspace& w, NgramOptions o, Scope scope = {}) {
  return *ngrams(w, scope, o, std::numeric_limits<double>::infinity());
}

NgramOptions with_n(std::uint32_t n, std::uint64_t min_freq = 1) {
  NgramOptions o;
  o.n = n;
  o.min_freq = min_freq;
  o.limit = 100;
  return o;
}

const NgramRow* find(const NgramTable& t, std::string_view ngram) {
  for (const auto& r : t.rows)
    if (r.ngram == ngram) return &r;
  return nullptr;
}

// Article 1: title "Titel eins"; body sentences "Der rote Hund bellt." and "Der rote Hund schläft."
// Article 2: title "Zwei"; body "Der rote Hund."
// Trigrams by hand: der rote hund ×3 (2 articles), rote hund bellt ×1, rote hund schläft ×1.
// Not: "eins der rote" (title | body), "hund bellt der" (sentence end), "schläft zwei" (articles).
Workspace dogs() { return fixture({"Titel eins\nDer rote Hund bellt. Der rote Hund schläft.", "Zwei\nDer rote Hund."}); }

TEST(Ngrams, TrigramsCountedByHand) {
  auto w = dogs();
  const auto t = run(w, with_n(3));
  ASSERT_FALSE(t.error);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].ngram, "Der rote Hund");  // the words' most frequent spellings
  EXPECT_EQ(t.rows[0].count, 3u);
  EXPECT_EQ(t.rows[0].range, 2u);
  EXPECT_EQ(find(t, "rote Hund bellt")->count, 1u);
  EXPECT_EQ(find(t, "rote Hund schläft")->count, 1u);
  EXPECT_EQ(t.distinct, 3u);
}

TEST(Ngrams, NeverAcrossSentencesBlocksOrArticles) {
  auto w = dogs();
  const auto t = run(w, with_n(2));
  // Bigrams by hand: Titel eins, Der rote ×3, rote Hund ×3, Hund bellt, Hund schläft = 5 distinct.
  EXPECT_EQ(t.distinct, 5u);
  EXPECT_EQ(find(t, "eins Der"), nullptr);
  EXPECT_EQ(find(t, "bellt Der"), nullptr);
  EXPECT_EQ(find(t, "schläft Zwei"), nullptr);
  EXPECT_EQ(find(t, "Titel eins")->count, 1u);
}

TEST(Ngrams, MinimumFrequencyAndRange) {
  auto w = dogs();
  EXPECT_EQ(run(w, with_n(3, 2)).rows.size(), 1u);
  auto o = with_n(2);
  o.min_range = 2;
  const auto t = run(w, o);
  ASSERT_EQ(t.rows.size(), 2u);  // der rote and rote hund occur in both articles
  EXPECT_EQ(t.rows[0].count, 3u);
  EXPECT_EQ(t.rows[1].count, 3u);
}

TEST(Ngrams, ContainingAWordAtAPosition) {
  auto w = dogs();
  auto o = with_n(3);
  o.contains = "hund";
  EXPECT_EQ(run(w, o).rows.size(), 3u);  // every trigram holds Hund
  o.position = 3;
  const auto t = run(w, o);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].ngram, "Der rote Hund");
  o.contains = "bellt";
  o.position = 0;
  EXPECT_EQ(run(w, o).rows.size(), 1u);
}

TEST(Ngrams, ScopeOfOneArticle) {
  auto w = dogs();
  const auto t = run(w, with_n(3), {ScopeKind::Article, "t1:1", {}});
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].count, 1u);
  EXPECT_EQ(t.rows[0].range, 1u);
}

TEST(Ngrams, BadOptionsAreMessages) {
  auto w = dogs();
  EXPECT_EQ(run(w, with_n(7)).error->code, Msg::NgramLength);
  EXPECT_EQ(run(w, with_n(1)).error->code, Msg::NgramLength);
  auto o = with_n(2);
  o.position = 3;
  EXPECT_EQ(run(w, o).error->code, Msg::NgramPosition);
  o.position = 0;
  o.contains = "  ";
  EXPECT_EQ(run(w, o).error->code, Msg::WordHoldsNoWord);
}

TEST(Ngrams, SpreadOverStepsGivesTheSameTable) {
  std::vector<std::string> texts;
  for (int i = 0; i < 30; ++i) texts.push_back("Titel\nDer rote Hund bellt laut. Die graue Katze schläft.");
  auto w = fixture(texts);
  const auto whole = run(w, with_n(2));
  auto w2 = fixture(texts);
  std::optional<NgramTable> t = ngrams(w2, {}, with_n(2), 0);
  int calls = 1;
  while (!t) {
    step_analysis(w2, 0);
    t = ngrams(w2, {}, with_n(2), 0);
    ++calls;
  }
  EXPECT_GT(calls, 10);
  ASSERT_EQ(t->rows.size(), whole.rows.size());
  for (std::size_t i = 0; i < whole.rows.size(); ++i) {
    EXPECT_EQ(t->rows[i].ngram, whole.rows[i].ngram);
    EXPECT_EQ(t->rows[i].count, 30u);
    EXPECT_EQ(t->rows[i].range, 30u);
  }
}

// 20,000 pairs "die rot die grau die blau die grün die gelb die rot …": the bucket of n-grams
// starting with "die" holds 20,000 starts, too many to sort at once, so it is split by the
// next word. Counted by hand: each colour follows "die" 4,000 times; "die" follows each colour
// 4,000 times, except after the last "gelb", which ends the text (3,999).
TEST(Ngrams, ALargeBucketIsSplitAndCountedTheSame) {
  const char* colours[] = {"rot", "grau", "blau", "grün", "gelb"};
  std::string text = "Farben\n";
  for (int i = 0; i < 20000; ++i) text += std::string("die ") + colours[i % 5] + ' ';
  auto w = fixture({text});
  auto o = with_n(2);
  o.limit = 20;
  const auto two = run(w, o);
  ASSERT_EQ(two.rows.size(), 10u);
  for (const char* c : colours) {
    ASSERT_NE(find(two, std::string("die ") + c), nullptr) << c;
    EXPECT_EQ(find(two, std::string("die ") + c)->count, 4000u);
    EXPECT_EQ(find(two, std::string(c) + " die")->count, std::string(c) == "gelb" ? 3999u : 4000u);
  }
  o.n = 3;
  const auto three = run(w, o);
  ASSERT_EQ(three.rows.size(), 10u);
  EXPECT_EQ(find(three, "die rot die")->count, 4000u);
  EXPECT_EQ(find(three, "rot die grau")->count, 4000u);
  EXPECT_EQ(find(three, "gelb die rot")->count, 3999u);
  EXPECT_EQ(find(three, "die gelb die")->count, 3999u);
}

}  // namespace
}  // namespace wortblick::stats
