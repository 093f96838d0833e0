// The URL fragment round-trips the shareable state and tolerates hand-edited links.
#include "app/url_state.h"

#include <gtest/gtest.h>

namespace {

using namespace wortblick;

TEST(UrlState, PercentEncodingRoundTripsUtf8AndReservedCharacters) {
  const std::string text = "Ende-zu-Ende „Verschlüsselung“ & a=b #1 100%";
  const auto encoded = app::percent_encode(text);
  EXPECT_EQ(encoded.find_first_of(" &=#%\"„"), encoded.find('%'));  // only escapes contain '%'
  EXPECT_EQ(encoded.find('&'), std::string::npos);
  EXPECT_EQ(app::percent_decode(encoded), text);
}

TEST(UrlState, MalformedEscapesAreKeptLiterally) {
  EXPECT_EQ(app::percent_decode("%"), "%");
  EXPECT_EQ(app::percent_decode("%zz%4"), "%zz%4");
  EXPECT_EQ(app::percent_decode("a%20b"), "a b");
}

TEST(UrlState, ArticleRoundTripsThroughTheFragment) {
  auto model = app::make_model(Session());
  ASSERT_GE(model.session.corpus().articles.size(), 3u);
  app::apply(model, app::SelectArticle{2});
  const auto fragment = app::encode_url_state(model);

  auto fresh = app::make_model(Session());
  for (const auto& a : app::url_state_actions(fresh, "#" + fragment)) app::apply(fresh, a);
  ASSERT_TRUE(fresh.selected_article.has_value());
  EXPECT_EQ(*fresh.selected_article, 2u);
  EXPECT_EQ(app::encode_url_state(fresh), fragment);
}

TEST(UrlState, ViewQueryAndStemmingRoundTrip) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetQuery{"„Ende-zu-Ende“ & Marktführer"});
  app::apply(model, app::SetStemming{false});
  app::apply(model, app::SetView{app::View::Concordance});
  const auto fragment = app::encode_url_state(model);
  auto fresh = app::make_model(Session());
  for (const auto& a : app::url_state_actions(fresh, fragment)) app::apply(fresh, a);
  EXPECT_EQ(fresh.search.query, model.search.query);
  EXPECT_FALSE(fresh.search.stem);
  EXPECT_EQ(fresh.view, app::View::Concordance);
  EXPECT_EQ(app::encode_url_state(fresh), fragment);
  // Typing changes the fragment but is not a navigation.
  EXPECT_EQ(app::navigation_key(fresh).find("q="), std::string::npos);
}

TEST(UrlState, ChartScopeAndOptionsRoundTrip) {
  auto model = app::make_model(Session());
  app::ChartSettings c;
  c.scope = stats::ScopeKind::Tag;
  c.scope_id = "Daten & Schutz";
  c.top_n = 40;
  c.relative = true;
  c.words.stem = true;
  c.dispersion_word = "Verschlüsselung";
  app::apply(model, app::SetChartSettings{c});
  app::apply(model, app::SetView{app::View::Frequencies});
  const auto fragment = app::encode_url_state(model);
  auto fresh = app::make_model(Session());
  for (const auto& a : app::url_state_actions(fresh, fragment)) app::apply(fresh, a);
  EXPECT_EQ(fresh.charts.scope, c.scope);
  EXPECT_EQ(fresh.charts.scope_id, c.scope_id);
  EXPECT_EQ(fresh.charts.top_n, 40);
  EXPECT_TRUE(fresh.charts.relative);
  EXPECT_TRUE(fresh.charts.words.stem);
  EXPECT_TRUE(fresh.charts.words.remove_stopwords);
  EXPECT_EQ(fresh.charts.dispersion_word, c.dispersion_word);
  EXPECT_EQ(fresh.view, app::View::Frequencies);
}

TEST(UrlState, UnknownKeysAndIdsAreIgnored) {
  auto model = app::make_model(Session());
  EXPECT_TRUE(app::url_state_actions(model, "article=nope:9&zzz=1&&=&view").empty());
  EXPECT_TRUE(app::url_state_actions(model, "").empty());
}

TEST(UrlState, NavigationKeyChangesWithTheArticleOnly) {
  auto model = app::make_model(Session());
  const auto before = app::navigation_key(model);
  app::apply(model, app::SetTheme{app::Theme::Dark});
  EXPECT_EQ(app::navigation_key(model), before);
  app::apply(model, app::SelectArticle{1});
  EXPECT_NE(app::navigation_key(model), before);
}

}  // namespace

namespace {

using namespace wortblick;

// Reveal mode travels in the link, and a link without it shows the chart whole.
TEST(UrlState, RevealModeRoundTrips) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetView{app::View::Frequencies});
  app::apply(model, app::SetReveal{app::Reveal{app::RevealMode::Words, 3}});
  const std::string fragment = app::encode_url_state(model);
  EXPECT_NE(fragment.find("reveal=words.3"), std::string::npos) << fragment;

  auto other = app::make_model(Session());
  for (const auto& a : app::url_state_actions(other, fragment)) app::apply(other, a);
  EXPECT_EQ(other.reveal, (app::Reveal{app::RevealMode::Words, 3}));
  for (const auto& a : app::url_state_actions(other, "view=frequencies")) app::apply(other, a);
  EXPECT_EQ(other.reveal.mode, app::RevealMode::Off);
}

}  // namespace
