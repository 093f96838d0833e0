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
