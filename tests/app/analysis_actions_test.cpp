// Corpus-analysis actions: a collocate or n-gram clicked opens its concordance; figures explain themselves.
#include <gtest/gtest.h>

#include <string>

#include "app/actions.h"
#include "app/charts.h"
#include "app/model.h"
#include "app/reader_navigation.h"
#include "core/text/fold.h"

namespace {

using namespace wortblick;

// What refresh_charts needs besides the model (no ImGui context: the text size is a guess).
app::ChartMeasures measures() { return {18.0f, nullptr}; }

// Runs the frames' refresh until the session's background job has finished the table.
void refresh_until_done(app::Model& model) {
  for (int i = 0; i < 200; ++i) {
    app::refresh_charts(model, measures());
    if (!model.chart_data.analysing) return;
    model.session.step(8);
  }
  FAIL() << "the analysis never finished";
}

TEST(AnalysisActions, CollocatesOfWhatsappAreComputedOverFrames) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetView{app::View::Collocates});
  refresh_until_done(model);
  const auto& t = model.chart_data.collocations;
  ASSERT_FALSE(t.error);
  EXPECT_EQ(t.node, "Whatsapp");
  EXPECT_GT(t.node_count, 10u);
  ASSERT_FALSE(t.rows.empty());
  for (std::size_t i = 1; i < t.rows.size(); ++i)
    EXPECT_GE(t.rows[i - 1].scores.log_dice, t.rows[i].scores.log_dice);  // the default measure ranks
}

TEST(AnalysisActions, AClickedCollocateFiltersAndMarksTheConcordance) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetView{app::View::Collocates});
  refresh_until_done(model);
  ASSERT_FALSE(model.chart_data.collocations.rows.empty());
  const std::string collocate = model.chart_data.collocations.rows.front().word;
  app::apply(model, app::ExploreCollocation{"Whatsapp", collocate});
  EXPECT_EQ(model.view, app::View::Concordance);
  EXPECT_EQ(model.search.query, "Whatsapp");
  EXPECT_EQ(model.search.concordance_collocate, collocate);
  app::refresh_concordance(model);
  const auto& lines = model.search.concordance;
  ASSERT_FALSE(lines.empty());
  ASSERT_EQ(model.search.collocate_marks.size(), lines.size());
  const std::string key = text::search_key(collocate);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& [left, right] = model.search.collocate_marks[i];
    EXPECT_FALSE(left.empty() && right.empty()) << lines[i].left << " | " << lines[i].right;
  }
  // A new query drops the filter: it belonged to the collocate clicked.
  app::apply(model, app::SetQuery{"Amazon"});
  EXPECT_TRUE(model.search.concordance_collocate.empty());
}

// Each filtered line holds the collocate in a node token's window, so there are never more lines
// than the table's count O (a "Whatsapp" inside "Whatsapp-Besitzer" is no node token and no line).
TEST(AnalysisActions, AFilteredConcordanceNeverShowsMoreLinesThanTheCount) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetView{app::View::Collocates});
  refresh_until_done(model);
  const auto rows = model.chart_data.collocations.rows;
  ASSERT_GE(rows.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    app::apply(model, app::ExploreCollocation{"Whatsapp", rows[i].word});
    app::refresh_concordance(model);
    const auto& lines = model.search.concordance;
    EXPECT_GE(lines.size(), 1u) << rows[i].word;
    EXPECT_LE(lines.size(), rows[i].counts.together) << rows[i].word;
  }
}

TEST(AnalysisActions, ANgramOpensItsPhraseConcordance) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetView{app::View::Ngrams});
  refresh_until_done(model);
  const auto& t = model.chart_data.ngrams;
  ASSERT_FALSE(t.rows.empty());
  app::apply(model, app::ExploreNgram{t.rows.front().ngram});
  EXPECT_EQ(model.search.query, "\"" + t.rows.front().ngram + "\"");
  app::refresh_concordance(model);
  EXPECT_EQ(model.search.concordance.size(), t.rows.front().count);
}

TEST(AnalysisActions, TextStatisticsOfTheScopeAndEveryArticle) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetView{app::View::TextStats});
  refresh_until_done(model);
  const auto& d = model.chart_data;
  EXPECT_EQ(d.article_stats.size(), model.session.corpus().articles.size());
  std::uint64_t words = 0;
  for (const auto& s : d.article_stats) words += s.figures.words;
  EXPECT_EQ(d.text_stats.figures.words, words);
  EXPECT_TRUE(d.text_stats.readability.valid);
  // The CSV has the scope's row and one per article.
  app::apply(model, app::ExportChartCsv{});
  ASSERT_EQ(model.downloads.size(), 1u);
  std::size_t lines = 0;
  for (const char c : model.downloads[0].bytes) lines += c == '\n';
  EXPECT_EQ(lines, 2 + d.article_stats.size());
}

TEST(AnalysisActions, ExplanationsOpenAndClose) {
  auto model = app::make_model(Session());
  const auto e = stats::explain_frequency("Whatsapp", 10, 5000);
  app::apply(model, app::ShowExplanation{e});
  ASSERT_TRUE(model.explanation.shown);
  EXPECT_DOUBLE_EQ(model.explanation.shown->value, 2.0);
  app::apply(model, app::ShowExplanation{std::nullopt});
  EXPECT_FALSE(model.explanation.shown);
}

TEST(AnalysisActions, ConcordanceSortKeys) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetQuery{"Whatsapp"});
  app::apply(model, app::SetView{app::View::Concordance});
  app::apply(model, app::SetConcordanceKeys{{1, -1, 2, 3}});
  EXPECT_EQ(model.search.concordance_keys.size(), 3u);  // at most three
  const auto& lines = model.search.concordance;
  ASSERT_GT(lines.size(), 2u);
  // R1 ascending: the key of the first word after the match (a compound's rest, "-Nutzer", is
  // a word of its own here; punctuation is none).
  const auto first_word = [&](const std::string& right) {
    std::string cleaned;
    for (const auto& t : model.session.tokens(right, cleaned))
      if (!t.part && (t.counts_as_word() || t.is_number())) return std::string(t.key);
    return std::string();
  };
  for (std::size_t i = 1; i < lines.size(); ++i)
    EXPECT_LE(first_word(lines[i - 1].right), first_word(lines[i].right)) << i;
}

}  // namespace
