// Chart actions: a clicked word is searched and shown in the concordance.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/actions.h"
#include "app/model.h"
#include "app/reader_navigation.h"
#include "core/workspace.h"

namespace {

using namespace wortblick;

TEST(ChartActions, ExploreWordSearchesAndShowsTheConcordance) {
  auto model = app::make_model(Session());
  app::apply(model, app::ExploreWord{"Threema"});
  EXPECT_EQ(model.search.query, "Threema");
  EXPECT_EQ(model.view, app::View::Concordance);
  app::refresh_concordance(model);  // what the next frame does first
  EXPECT_FALSE(model.search.concordance.empty());
  app::apply(model, app::OpenArticleWithWord{0, "Whatsapp", std::nullopt});
  EXPECT_EQ(model.view, app::View::Reader);
  EXPECT_FALSE(model.search.article_hits.empty());
}

}  // namespace

namespace {

using namespace wortblick;

// Steps stop at the chart's ends; switching off keeps nothing hidden.
TEST(RevealMode, StepsStayWithinTheChart) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetView{app::View::Frequencies});
  model.chart_data.table.rows.resize(4);
  app::apply(model, app::SetReveal{app::Reveal{app::RevealMode::Values, 0}});
  app::apply(model, app::RevealStep{-1});
  EXPECT_EQ(model.reveal.shown, 0u);
  app::apply(model, app::RevealStep{1});
  app::apply(model, app::RevealStep{1});
  EXPECT_EQ(model.reveal.shown, 2u);
  EXPECT_FALSE(model.reveal.hides_value(1));
  EXPECT_TRUE(model.reveal.hides_value(2));
  EXPECT_FALSE(model.reveal.hides_word(2));
  app::apply(model, app::RevealStep{app::RevealStep::kAll});
  EXPECT_EQ(model.reveal.shown, 4u);
  app::apply(model, app::RevealStep{1});
  EXPECT_EQ(model.reveal.shown, 4u);
}

}  // namespace
