// Search actions: tagging every result, hit navigation that follows query and article.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/actions.h"
#include "app/model.h"
#include "core/workspace.h"

namespace {

using namespace wortblick;

TEST(SearchActions, TagAllResultsTagsEveryHitAndTheDispersionFollowsTheWord) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetQuery{"Amazon"});
  const auto total = model.search.result.total;
  ASSERT_GE(total, 3u);
  app::apply(model, app::TagSearchResults{"Amazon-Artikel"});
  EXPECT_EQ(model.session.tags().find_tag("Amazon-Artikel")->articles.size(), total);
  EXPECT_EQ(model.charts.dispersion_word, "Amazon");
  app::apply(model, app::SetQuery{"Amazon -Prime"});
  EXPECT_EQ(model.charts.dispersion_word, "Amazon");  // an expression is not one word
}

TEST(SearchActions, HitsFollowQueryAndArticleAndWrapAround) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetQuery{"Marktfuehrer"});
  ASSERT_EQ(model.search.result.total, 1u);
  const auto article = model.search.result.hits[0].article;
  app::apply(model, app::OpenHit{article, std::nullopt});
  const auto n = model.search.article_hits.size();
  ASSERT_GE(n, 1u);
  app::apply(model, app::NextHit{true});
  EXPECT_EQ(model.search.current_hit, n - 1);
  app::apply(model, app::NextHit{});
  EXPECT_EQ(model.search.current_hit, 0u);
  // The hit's bytes in the article text spell the word as written.
  const auto text = model.session.corpus().text(model.session.corpus().articles[article]);
  const auto& h = model.search.article_hits[0];
  EXPECT_EQ(text.substr(h.begin, h.end - h.begin), "Marktführer");
  app::apply(model, app::SetQuery{""});
  EXPECT_TRUE(model.search.article_hits.empty());
  EXPECT_EQ(model.search.result.total, 0u);
}

}  // namespace
