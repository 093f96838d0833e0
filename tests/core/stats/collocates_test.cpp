// Collocates and their measures, checked on texts small enough to count by hand.
#include "core/stats/collocates.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/stats/charts.h"
#include "stats_fixture.h"

namespace wortblick::stats {
namespace {

using testing::fixture;

constexpr double kInf = std::numeric_limits<double>::infinity();

CollocationOptions window(std::uint32_t left, std::uint32_t right) {
  CollocationOptions o;
  o.left = left;
  o.right = right;
  o.min_freq = 1;
  o.words.remove_stopwords = false;
  o.limit = 100;
  return o;
}

const CollocationRow* row(const CollocationTable& t, std::string_view word) {
  for (const auto& r : t.rows)
    if (r.word == word) return &r;
  return nullptr;
}

CollocationTable run(Workspace& w, std::string_view node, const CollocationOptions& o, Scope scope = {}) {
  return *collocates(w, scope, node, o, kInf);
}

TEST(CollocationMeasures, PublishedFormulasOnRoundNumbers) {
  // O = 10, f(x) = 100, f(y) = 50, N = 10,000, span = 10:
  // E = 100 · 50 · 10 / 10,000 = 5; MI = log2(10 / 5) = 1; MI3 = log2(1000 / 5) = 7.643856;
  // logDice = 14 + log2(20 / 150) = 11.093109; t = (10 − 5) / √10 = 1.581139; z = (10 − 5) / √5 = 2.236068.
  const CollocationCounts c{10, 100, 50, 10000, 10};
  EXPECT_DOUBLE_EQ(expected(c), 5.0);
  const auto s = collocation_scores(c);
  EXPECT_NEAR(s.mi, 1.0, 1e-9);
  EXPECT_NEAR(s.mi3, 7.643856, 1e-6);
  EXPECT_NEAR(s.log_dice, 11.093109, 1e-6);
  EXPECT_NEAR(s.t, 1.581139, 1e-6);
  EXPECT_NEAR(s.z, 2.236068, 1e-6);
  EXPECT_GT(s.ll, 0);
}

TEST(CollocationMeasures, NothingTogetherScoresZero) {
  const auto s = collocation_scores({0, 5, 5, 100, 10});
  EXPECT_EQ(s.mi, 0);
  EXPECT_EQ(s.ll, 0);
}

TEST(CollocationMeasures, NamesRoundTrip) {
  for (const auto m : {CollocationMeasure::Frequency, CollocationMeasure::MI, CollocationMeasure::MI3, CollocationMeasure::LogDice,
                       CollocationMeasure::T, CollocationMeasure::Z, CollocationMeasure::LL})
    EXPECT_EQ(collocation_measure(measure_name(m)), m);
  EXPECT_FALSE(collocation_measure("dice").has_value());
}

TEST(Collocates, OneWordLeftOfANodeCountedByHand) {
  // Tokens: Start alpha beta alpha beta gamma delta epsilon zeta eta theta (N = 11).
  // Node beta, window 1 left, 0 right (span 1): beta@2 sees alpha@1, beta@4 sees alpha@3.
  // alpha: O = 2, f(x) = 2, f(y) = 2. E = 2 · 2 · 1 / 11 = 0.363636.
  // MI = log2(2 / 0.363636) = 2.459432; MI3 = log2(8 / 0.363636) = 4.459432;
  // logDice = 14 + log2(4 / 4) = 14; t = (2 − 0.363636) / √2 = 1.157084; z = (2 − 0.363636) / √0.363636 = 2.713602.
  // LL: O11 = 2, O12 = 0, O21 = 0, O22 = 11 − 2 − 2 + 2 = 9; E11 = 2 · 2 / 11, E22 = 9 · 9 / 11;
  // G² = 2 · (2 ln(2 / 0.363636) + 9 ln(9 / 7.363636)) = 10.431065.
  auto w = fixture({"Start\nalpha beta alpha beta gamma delta epsilon zeta eta theta"});
  const auto t = run(w, "beta", window(1, 0));
  ASSERT_FALSE(t.error);
  EXPECT_EQ(t.node_count, 2u);
  EXPECT_EQ(t.tokens, 11u);
  EXPECT_EQ(t.span, 1u);
  ASSERT_EQ(t.rows.size(), 1u);  // only alpha stands left of beta
  const auto& a = t.rows[0];
  EXPECT_EQ(a.word, "alpha");
  EXPECT_EQ(a.counts.together, 2u);
  EXPECT_EQ(a.counts.collocate, 2u);
  EXPECT_NEAR(a.scores.mi, 2.459432, 1e-6);
  EXPECT_NEAR(a.scores.mi3, 4.459432, 1e-6);
  EXPECT_NEAR(a.scores.log_dice, 14.0, 1e-9);
  EXPECT_NEAR(a.scores.t, 1.157084, 1e-6);
  EXPECT_NEAR(a.scores.z, 2.713602, 1e-6);
  EXPECT_NEAR(a.scores.ll, 10.431065, 1e-5);
}

TEST(Collocates, ALessThanChanceCollocateHasNegativeLogLikelihood) {
  // Tokens: Titel katze hund maus katze vogel hund (N = 7); node katze, 1 left and 1 right (span 2).
  // katze@1 sees Titel@0 and hund@2; katze@4 sees maus@3 and vogel@5. hund: O = 1, f(x) = 2,
  // f(y) = 2, E = 2 · 2 · 2 / 7 = 1.142857; MI = log2(1 / 1.142857) = −0.192645; logDice = 14 + log2(2 / 4) = 13;
  // t = −0.142857; z = −0.142857 / √1.142857 = −0.133631. LL: O = (1, 3, 1, 2) against
  // E = (8/7, 20/7, 6/7, 15/7): G² = 0.058008, negative because O < E.
  auto w = fixture({"Titel\nkatze hund maus katze vogel hund"});
  const auto t = run(w, "katze", window(1, 1));
  const auto* hund = row(t, "hund");
  ASSERT_NE(hund, nullptr);
  EXPECT_EQ(hund->counts.together, 1u);
  EXPECT_NEAR(hund->scores.mi, -0.192645, 1e-6);
  EXPECT_NEAR(hund->scores.log_dice, 13.0, 1e-9);
  EXPECT_NEAR(hund->scores.t, -0.142857, 1e-6);
  EXPECT_NEAR(hund->scores.z, -0.133631, 1e-6);
  EXPECT_NEAR(hund->scores.ll, -0.058008, 1e-6);
  EXPECT_NE(row(t, "Titel"), nullptr);
  EXPECT_EQ(row(t, "katze"), nullptr) << "a word is not its own collocate";
}

TEST(Collocates, SentenceBoundsCutTheWindow) {
  // The title is a sentence of its own, and "Hund bellt." ends one: with sentence bounds katze@1
  // no longer sees Titel@0 and katze@4 no longer sees bellt@3.
  auto w = fixture({"Titel\nkatze sah Hund bellt. katze schlief"});
  auto o = window(1, 1);
  EXPECT_NE(row(run(w, "katze", o), "Titel"), nullptr);
  o.sentence = true;
  const auto t = run(w, "katze", o);
  EXPECT_EQ(row(t, "Titel"), nullptr);
  // "bellt. katze" has a lower-case word after the full stop: an abbreviation by the rule, so
  // the window goes on across it (text/sentences.h).
  EXPECT_NE(row(t, "bellt"), nullptr);
  EXPECT_NE(row(t, "sah"), nullptr);
}

TEST(Collocates, StopWordsAreLeftOutByDefaultButStillTakeTheirPlace) {
  // "und" is a stop word: it is not listed, and a window of 1 word does not reach past it.
  // Tokens: Titel katze und hund katze und maus katze und vogel.
  auto w = fixture({"Titel\nkatze und hund katze und maus katze und vogel"});
  CollocationOptions o = window(1, 1);
  o.words.remove_stopwords = true;
  const auto t = run(w, "katze", o);
  EXPECT_EQ(row(t, "und"), nullptr);
  EXPECT_EQ(row(t, "vogel"), nullptr);  // katze@7 sees und@8, not vogel@9
  EXPECT_NE(row(t, "hund"), nullptr);   // hund@3 stands right before katze@4
  EXPECT_NE(row(t, "maus"), nullptr);   // maus@6 right before katze@7
  o.words.remove_stopwords = false;
  EXPECT_EQ(row(run(w, "katze", o), "und")->counts.together, 3u);
}

TEST(Collocates, MinimumFrequencyAndLimit) {
  auto w = fixture({"Titel\nalpha beta alpha beta alpha gamma"});
  auto o = window(1, 1);
  o.min_freq = 2;
  const auto t = run(w, "beta", o);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].word, "alpha");
  EXPECT_EQ(t.rows[0].counts.together, 4u);  // beta@2: alpha@1, alpha@3; beta@4: alpha@3, alpha@5
}

TEST(Collocates, APhraseNodeAndItsWindow) {
  // "rote rose" twice: windows of 1 word left of "rote" and 1 right of "rose".
  auto w = fixture({"Titel\neine rote rose blüht keine rote rose welkt rote"});
  const auto t = run(w, "rote Rose", window(1, 1));
  ASSERT_FALSE(t.error);
  EXPECT_EQ(t.node_count, 2u);
  EXPECT_EQ(row(t, "eine")->counts.together, 1u);
  EXPECT_EQ(row(t, "blüht")->counts.together, 1u);
  EXPECT_EQ(row(t, "keine")->counts.together, 1u);
  EXPECT_EQ(row(t, "welkt")->counts.together, 1u);
  EXPECT_EQ(t.node, "rote Rose");
}

TEST(Collocates, StemsGroupNodeAndCollocates) {
  // Snowball stems Katze and Katzen alike (katz), and Hund, Hunde, Hundes (hund).
  auto w = fixture({"Titel\nHund Katze Hunde Katzen Hundes Katze"});
  auto o = window(0, 1);
  o.words.stem = true;
  const auto t = run(w, "Hund", o);
  EXPECT_EQ(t.node_count, 3u);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].counts.together, 3u);
}

TEST(Collocates, CategoryNode) {
  auto w = fixture({"Titel\nkatze frisst hund bellt maus piepst"});
  const std::vector<std::string> animals = {"katze", "hund"};
  ASSERT_TRUE(w.tags.set_category("Tiere", animals).ok());
  const auto t = run(w, "cat:Tiere", window(0, 1));
  EXPECT_EQ(t.node_count, 2u);
  EXPECT_EQ(row(t, "frisst")->counts.together, 1u);
  EXPECT_EQ(row(t, "bellt")->counts.together, 1u);
  EXPECT_EQ(row(t, "piepst"), nullptr);
}

TEST(Collocates, WindowsNeverCrossArticles) {
  auto w = fixture({"Eins\nalpha beta", "Zwei\ngamma delta"});
  const auto t = run(w, "beta", window(0, 5));
  EXPECT_TRUE(t.rows.empty());
}

TEST(Collocates, ErrorsAreMessages) {
  auto w = fixture({"Titel\nalpha beta"});
  EXPECT_EQ(run(w, "  ", window(1, 1)).error->code, Msg::WordHoldsNoWord);
  EXPECT_EQ(run(w, "cat:Nichts", window(1, 1)).error->code, Msg::ScopeUnknownCategory);
  EXPECT_EQ(run(w, "beta", window(1, 1), {ScopeKind::Article, "nope", {}}).error->code, Msg::ScopeUnknownArticle);
}

TEST(Collocates, BudgetedCallsFinishTheSameTable) {
  std::vector<std::string> texts;
  for (int i = 0; i < 40; ++i) texts.push_back("Titel\nalpha beta gamma beta alpha delta");
  auto w = fixture(texts);
  auto o = window(2, 2);
  const auto all_at_once = run(w, "beta", o);
  auto w2 = fixture(texts);
  double fraction = -1;
  std::optional<CollocationTable> t = collocates(w2, {}, "beta", o, 0, &fraction);
  int calls = 1;
  while (!t) {
    EXPECT_TRUE(analysis_running(w2));
    step_analysis(w2, 0);
    t = collocates(w2, {}, "beta", o, 0, &fraction);
    ++calls;
  }
  EXPECT_GT(calls, 2);  // a zero budget does one article per step
  EXPECT_DOUBLE_EQ(fraction, 1.0);
  ASSERT_EQ(t->rows.size(), all_at_once.rows.size());
  for (std::size_t i = 0; i < t->rows.size(); ++i) {
    EXPECT_EQ(t->rows[i].word, all_at_once.rows[i].word);
    EXPECT_EQ(t->rows[i].counts.together, all_at_once.rows[i].counts.together);
  }
}

}  // namespace
}  // namespace wortblick::stats
