// Dispersion and distribution: positions agree with the tokens, rates with the counts.
#include "core/stats/charts.h"

#include <gtest/gtest.h>

#include "../../support/messages.h"

#include "core/stats/article_counts.h"
#include "stats_fixture.h"

namespace wortblick::stats {
namespace {

TEST(StatsDispersion, PositionsAndOffsetsPointAtTheWord) {
  auto w = testing::fixture({"Titel mit Amazon\n# Amazon Werbung\nDann kam amazon und 2020 wieder AMAZON", "Nichts hier"});
  const auto d = dispersion(w, {}, "Amazon", false);
  ASSERT_FALSE(d.error) << testing_support::english_of(d.error);
  EXPECT_EQ(d.label, "Amazon");
  ASSERT_EQ(d.articles.size(), 1u);  // only articles containing the word
  const auto& a = d.articles[0];
  const auto tokens = counted_tokens(w.corpus, w.corpus.articles[0], w.pipeline);
  EXPECT_EQ(a.length, tokens.size());
  EXPECT_EQ(a.length, 10u);  // 3 title + 7 body (the number counts as a position), boilerplate skipped
  EXPECT_EQ(a.positions, (std::vector<std::uint32_t>{2, 5, 9}));
  const std::string_view text = w.corpus.text(w.corpus.articles[0]);
  ASSERT_EQ(a.offsets.size(), 3u);
  EXPECT_EQ(text.substr(a.offsets[0], 6), "Amazon");
  EXPECT_EQ(text.substr(a.offsets[1], 6), "amazon");
  EXPECT_EQ(text.substr(a.offsets[2], 6), "AMAZON");
  for (std::size_t i = 0; i < a.positions.size(); ++i) EXPECT_EQ(tokens[a.positions[i]].start, a.offsets[i]);
}

TEST(StatsDispersion, StemOptionFindsEveryForm) {
  auto w = testing::fixture({"Nachricht und Nachrichten"});
  EXPECT_EQ(dispersion(w, {}, "nachricht", false).articles.at(0).positions.size(), 1u);
  EXPECT_EQ(dispersion(w, {}, "nachricht", true).articles.at(0).positions.size(), 2u);
  EXPECT_TRUE(dispersion(w, {}, "Traktor", false).articles.empty());
  EXPECT_EQ(dispersion(w, {}, "  ", false).error, (Message{Msg::WordHoldsNoWord, {"  "}}));
}

TEST(StatsDistribution, PerArticleRatesForWordsAndCategories) {
  auto w = testing::fixture({"Apfel Apfel Birne Hund", "Apfel Hund", "Katze"});
  const std::vector<std::string> fruit = {"Apfel", "Birne"};
  ASSERT_TRUE(w.tags.set_category("Obst", fruit).ok());
  const std::vector<SeriesSpec> series = {{"apfel", false}, {"Obst", true}, {"der", false}};
  const auto d = distribution(w, {}, series, false);
  ASSERT_FALSE(d.error) << testing_support::english_of(d.error);
  ASSERT_EQ(d.articles.size(), 3u);
  ASSERT_EQ(d.series.size(), 3u);
  EXPECT_EQ(d.series[0].label, "Apfel");
  EXPECT_EQ(d.series[0].counts, (std::vector<std::uint64_t>{2, 1, 0}));
  EXPECT_EQ(d.series[0].per1000, (std::vector<double>{500, 500, 0}));
  EXPECT_EQ(d.series[1].label, "Obst");
  EXPECT_EQ(d.series[1].counts, (std::vector<std::uint64_t>{3, 1, 0}));
  EXPECT_EQ(d.series[2].counts, (std::vector<std::uint64_t>{0, 0, 0}));

  const std::vector<SeriesSpec> too_many(kMaxSeries + 1, SeriesSpec{"Apfel", false});
  EXPECT_EQ(testing_support::code_of(distribution(w, {}, too_many, false).error), Msg::SeriesCount);
  const std::vector<SeriesSpec> unknown = {{"Gemüse", true}};
  EXPECT_EQ(distribution(w, {}, unknown, false).error, (Message{Msg::ScopeUnknownCategory, {"Gemüse"}}));
}

}  // namespace
}  // namespace wortblick::stats
