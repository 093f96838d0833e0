// Keyness: the G² and log-ratio arithmetic by hand, signs, and scope pairs including "rest".
#include "core/stats/log_likelihood.h"

#include <cmath>

#include <gtest/gtest.h>

#include "../../support/messages.h"

#include "core/stats/charts.h"
#include "stats_fixture.h"

namespace wortblick::stats {
namespace {

TEST(StatsKeyness, LogLikelihoodMatchesAHandComputedExample) {
  // a=10 of 100 words, b=5 of 200. Expected counts: E_a = 100*15/300 = 5, E_b = 200*15/300 = 10.
  // G² = 2 * (10 ln(10/5) + 5 ln(5/10)) = 2 * (10 - 5) ln 2 = 10 ln 2 = 6.9315.
  EXPECT_NEAR(log_likelihood(10, 5, 100, 200), 10 * std::log(2.0), 1e-9);
  EXPECT_NEAR(log_likelihood(5, 10, 200, 100), -10 * std::log(2.0), 1e-9);  // less frequent in A
  // log2(((10+0.5)/100) / ((5+0.5)/200)) = log2(0.105 / 0.0275)
  EXPECT_NEAR(log_ratio(10, 5, 100, 200), std::log2(0.105 / 0.0275), 1e-9);
  EXPECT_NEAR(log_ratio(5, 10, 200, 100), -std::log2(0.105 / 0.0275), 1e-9);
}

TEST(StatsKeyness, EdgeCases) {
  EXPECT_EQ(log_likelihood(3, 6, 100, 200), 0.0);  // the same rate on both sides
  EXPECT_EQ(log_likelihood(0, 0, 100, 200), 0.0);
  EXPECT_EQ(log_likelihood(3, 0, 100, 0), 0.0);  // nothing to compare against
  // Absent from B: E_a = 100*4/300, E_b = 200*4/300; G² = 2 * 4 ln(4 / (400/300)) = 8 ln 3.
  EXPECT_NEAR(log_likelihood(4, 0, 100, 200), 8 * std::log(3.0), 1e-9);
  EXPECT_TRUE(std::isfinite(log_ratio(4, 0, 100, 200)));
  EXPECT_EQ(log_ratio(1, 1, 0, 5), 0.0);
}

TEST(StatsKeyness, ArticleAgainstTheRestGivesSignedListsWithCounts) {
  auto w = testing::fixture({"Katze Katze Katze Katze Hund", "Hund Hund Hund Hund Maus", "Hund Hund Maus Maus Vogel"});
  const Scope a{ScopeKind::Article, w.corpus.articles[0].id, {}};
  const auto t = keyness(w, a, {ScopeKind::Rest, {}, {}}, {});
  ASSERT_FALSE(t.error) << testing_support::english_of(t.error);
  EXPECT_EQ(t.words_a, 5u);
  EXPECT_EQ(t.words_b, 10u);
  ASSERT_FALSE(t.over.empty());
  EXPECT_EQ(t.over[0].word, "Katze");
  EXPECT_EQ(t.over[0].a, 4u);
  EXPECT_EQ(t.over[0].b, 0u);
  EXPECT_NEAR(t.over[0].ll, log_likelihood(4, 0, 5, 10), 1e-12);
  EXPECT_NEAR(t.over[0].effect, log_ratio(4, 0, 5, 10), 1e-12);
  ASSERT_FALSE(t.under.empty());
  // Maus (0 of 5 vs 3 of 10, G² 2.43) is more clearly missing than Hund (1 vs 6, G² 1.32).
  ASSERT_EQ(t.under.size(), 3u);  // and Vogel, 0 vs 1
  EXPECT_EQ(t.under[0].word, "Maus");
  EXPECT_NEAR(t.under[0].ll, -2 * 3 * std::log(1.5), 1e-12);
  EXPECT_EQ(t.under[1].word, "Hund");
  EXPECT_NEAR(t.under[1].ll, log_likelihood(1, 6, 5, 10), 1e-12);
  for (const auto& r : t.over) EXPECT_GT(r.ll, 0);
  for (const auto& r : t.under) EXPECT_LT(r.ll, 0);

  const auto all = merged(t, 100);
  EXPECT_EQ(all.size(), t.over.size() + t.under.size());
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_GE(std::abs(all[i - 1].ll), std::abs(all[i].ll));
}

TEST(StatsKeyness, SwappingTheScopesFlipsTheSign) {
  auto w = testing::fixture({"Katze Katze Hund", "Hund Hund Maus"});
  const Scope a{ScopeKind::Article, w.corpus.articles[0].id, {}};
  const Scope b{ScopeKind::Article, w.corpus.articles[1].id, {}};
  const auto ab = keyness(w, a, b, {});
  const auto ba = keyness(w, b, a, {});
  ASSERT_FALSE(ab.over.empty());
  ASSERT_FALSE(ba.under.empty());
  EXPECT_EQ(ab.over[0].word, ba.under[0].word);
  EXPECT_DOUBLE_EQ(ab.over[0].ll, -ba.under[0].ll);
  EXPECT_DOUBLE_EQ(ab.over[0].effect, -ba.under[0].effect);
}

TEST(StatsKeyness, LimitsAndBadScopes) {
  auto w = testing::fixture({"Apfel Birne Kirsche Pflaume", "Traktor Traktor"});
  const Scope a{ScopeKind::Article, w.corpus.articles[0].id, {}};
  KeynessOptions o;
  o.limit = 2;
  EXPECT_EQ(keyness(w, a, {ScopeKind::Rest, {}, {}}, o).over.size(), 2u);
  o.limit = 0;
  using testing_support::code_of;
  EXPECT_EQ(code_of(keyness(w, a, {ScopeKind::Rest, {}, {}}, o).error), Msg::LimitNotPositive);
  EXPECT_EQ(code_of(keyness(w, {ScopeKind::Rest, {}, {}}, a, {}).error), Msg::ScopeRestAlone);
  EXPECT_EQ(code_of(keyness(w, {ScopeKind::Article, "nope:1", {}}, {ScopeKind::Rest, {}, {}}, {}).error),
            Msg::ScopeUnknownArticle);
  const std::vector<std::string> words = {"Apfel"};
  ASSERT_TRUE(w.tags.set_category("Obst", words).ok());
  EXPECT_EQ(code_of(keyness(w, {ScopeKind::Category, "Obst", {}}, {ScopeKind::Rest, {}, {}}, {}).error),
            Msg::CategoryNotComparable);
}

}  // namespace
}  // namespace wortblick::stats
