// Frequency tables on small hand-made corpora: counting basis, options, scopes and caching.
#include "core/stats/charts.h"

#include <gtest/gtest.h>

#include "../../support/messages.h"

#include "stats_fixture.h"

namespace wortblick::stats {
namespace {

using testing::add_article;
using testing::fixture;

const FrequencyRow* row(const FrequencyTable& t, std::string_view word) {
  for (const auto& r : t.rows) {
    if (r.word == word) return &r;
  }
  return nullptr;
}

FrequencyOptions all_words(std::size_t limit = 100) {
  FrequencyOptions o;
  o.limit = limit;
  return o;
}

TEST(StatsFrequencies, CountsTitleBodyAndCommentsButNotBoilerplate) {
  auto w = fixture({"Katze Hund\nKatze Maus\n# Katze Impressum Katze"});
  const auto t = frequencies(w, {}, all_words());
  ASSERT_FALSE(t.error) << testing_support::english_of(t.error);
  ASSERT_NE(row(t, "Katze"), nullptr);
  EXPECT_EQ(row(t, "Katze")->count, 2u);
  EXPECT_EQ(row(t, "Impressum"), nullptr);
  EXPECT_EQ(t.words, 4u);
}

TEST(StatsFrequencies, SortsByCountThenWordAndComputesPer1000AndArticles) {
  auto w = fixture({"Zebra Affe Affe\nBaum", "Affe Zebra Baum Baum Baum"});
  const auto t = frequencies(w, {}, all_words());
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0], (FrequencyRow{"Baum", 4, 1000.0 * 4 / 9, 2}));
  EXPECT_EQ(t.rows[1], (FrequencyRow{"Affe", 3, 1000.0 * 3 / 9, 2}));
  EXPECT_EQ(t.rows[2], (FrequencyRow{"Zebra", 2, 1000.0 * 2 / 9, 2}));
  EXPECT_EQ(frequencies(w, {}, all_words(2)).rows.size(), 2u);
}

TEST(StatsFrequencies, TiesAreBrokenByWord) {
  auto w = fixture({"Birne Apfel Dattel Apfel Birne Dattel"});
  const auto t = frequencies(w, {}, all_words(2));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].word, "Apfel");
  EXPECT_EQ(t.rows[1].word, "Birne");
}

TEST(StatsFrequencies, StopwordsNumbersUrlsAndCompoundParts) {
  auto w = fixture({"Der Hund und der Ball\n2020 kamen 3 Hunde nach www.example.de\nE-Mail E-Mail"});
  const auto t = frequencies(w, {}, all_words());
  EXPECT_EQ(row(t, "der"), nullptr);
  EXPECT_EQ(row(t, "und"), nullptr);
  EXPECT_EQ(row(t, "2020"), nullptr);
  EXPECT_EQ(row(t, "www.example.de"), nullptr);
  ASSERT_NE(row(t, "E-Mail"), nullptr);
  EXPECT_EQ(row(t, "E-Mail")->count, 2u);
  EXPECT_EQ(row(t, "Mail"), nullptr);  // parts never count on their own

  FrequencyOptions keep = all_words();
  keep.words.remove_stopwords = false;
  keep.words.numbers = true;
  const auto k = frequencies(w, {}, keep);
  ASSERT_NE(row(k, "Der"), nullptr);  // one key; on a 1:1 tie the capitalised spelling shows
  EXPECT_EQ(row(k, "Der")->count, 2u);
  ASSERT_NE(row(k, "2020"), nullptr);
  EXPECT_EQ(k.words, t.words + 2);  // numbers join the per-1000 base
}

TEST(StatsFrequencies, MinLengthCountsCodePoints) {
  auto w = fixture({"Öl Öl Bär Bär Hund"});
  FrequencyOptions o = all_words();
  o.words.min_length = 3;
  const auto t = frequencies(w, {}, o);
  EXPECT_EQ(row(t, "Öl"), nullptr);  // 2 code points, 3 bytes
  ASSERT_NE(row(t, "Bär"), nullptr);
  EXPECT_NE(row(t, "Hund"), nullptr);
}

TEST(StatsFrequencies, GroupsByKeyAndShowsTheMajoritySpelling) {
  auto w = fixture({"WhatsApp Whatsapp Whatsapp WHATSAPP Marktführer Marktfuehrer"});
  const auto t = frequencies(w, {}, all_words());
  ASSERT_NE(row(t, "Whatsapp"), nullptr);
  EXPECT_EQ(row(t, "Whatsapp")->count, 4u);
  EXPECT_EQ(row(t, "WhatsApp"), nullptr);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].count, 2u);  // umlaut and transliteration are one key
}

TEST(StatsFrequencies, StemGroupingMergesInflectionsUnderASpelling) {
  auto w = fixture({"Nachricht Nachrichten Nachrichten Hund"});
  FrequencyOptions o = all_words();
  EXPECT_EQ(frequencies(w, {}, o).rows.size(), 3u);
  o.words.stem = true;
  const auto t = frequencies(w, {}, o);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].word, "Nachrichten");  // a spelling, never the stem "nachricht"
  EXPECT_EQ(t.rows[0].count, 3u);
}

TEST(StatsFrequencies, ArticleTagSearchAndCategoryScopes) {
  auto w = fixture({"Apfel Birne", "Apfel Apfel Kirsche", "Kirsche Pflaume Traktor"});
  const std::string second = w.corpus.articles[1].id;
  const std::string third = w.corpus.articles[2].id;

  const auto a = frequencies(w, {ScopeKind::Article, second, {}}, all_words());
  ASSERT_FALSE(a.error) << testing_support::english_of(a.error);
  EXPECT_EQ(a.rows.size(), 2u);
  EXPECT_EQ(a.words, 3u);

  const std::vector<std::string> tagged = {second, third};
  ASSERT_TRUE(w.tags.assign("Obst", tagged).ok());
  const auto t = frequencies(w, {ScopeKind::Tag, "obst", {}}, all_words());  // names are case-insensitive
  ASSERT_FALSE(t.error) << testing_support::english_of(t.error);
  EXPECT_EQ(t.articles, 2u);
  EXPECT_EQ(row(t, "Kirsche")->articles, 2u);
  EXPECT_EQ(row(t, "Birne"), nullptr);

  const auto s = frequencies(w, {ScopeKind::Search, {}, {third}}, all_words());
  EXPECT_EQ(s.rows.size(), 3u);

  const std::vector<std::string> fruit = {"apfel", "KIRSCHE"};
  ASSERT_TRUE(w.tags.set_category("Früchte", fruit).ok());
  const auto c = frequencies(w, {ScopeKind::Category, "Früchte", {}}, all_words());
  ASSERT_FALSE(c.error) << testing_support::english_of(c.error);
  ASSERT_EQ(c.rows.size(), 2u);
  EXPECT_EQ(c.rows[0], (FrequencyRow{"Apfel", 3, 1000.0 * 3 / 8, 2}));
  EXPECT_EQ(c.rows[1].word, "Kirsche");
}

TEST(StatsFrequencies, StemCategoriesMatchEveryFormOfTheirWords) {
  auto w = fixture({"Nachrichten Nachricht Hund"});
  const std::vector<std::string> words = {"Nachricht"};
  ASSERT_TRUE(w.tags.set_category("News", words, false).ok());
  EXPECT_EQ(frequencies(w, {ScopeKind::Category, "News", {}}, all_words()).rows.size(), 1u);
  ASSERT_TRUE(w.tags.set_category("News", words, true).ok());
  EXPECT_EQ(frequencies(w, {ScopeKind::Category, "News", {}}, all_words()).rows.size(), 2u);
}

TEST(StatsFrequencies, BadScopesAreErrors) {
  auto w = fixture({"Apfel"});
  using testing_support::code_of;
  EXPECT_EQ(code_of(frequencies(w, {ScopeKind::Article, "", {}}, all_words()).error), Msg::ScopeNeedsArticle);
  EXPECT_EQ(frequencies(w, {ScopeKind::Article, "nope:1", {}}, all_words()).error,
            (Message{Msg::ScopeUnknownArticle, {"nope:1"}}));
  EXPECT_EQ(frequencies(w, {ScopeKind::Tag, "unbekannt", {}}, all_words()).error,
            (Message{Msg::ScopeUnknownTag, {"unbekannt"}}));
  EXPECT_EQ(frequencies(w, {ScopeKind::Category, "unbekannt", {}}, all_words()).error,
            (Message{Msg::ScopeUnknownCategory, {"unbekannt"}}));
  EXPECT_EQ(frequencies(w, {ScopeKind::Search, {}, {"nope:1"}}, all_words()).error,
            (Message{Msg::ScopeUnknownSearchArticle, {"nope:1"}}));
  EXPECT_EQ(code_of(frequencies(w, {ScopeKind::Rest, {}, {}}, all_words()).error), Msg::ScopeRestAlone);
  EXPECT_EQ(code_of(frequencies(w, {}, all_words(0)).error), Msg::LimitNotPositive);
}

TEST(StatsFrequencies, ResultsFollowStopwordChangesAddedAndRemovedArticles) {
  auto w = fixture({"Apfel Apfel Birne"});
  EXPECT_EQ(frequencies(w, {}, all_words()).rows[0].count, 2u);
  EXPECT_EQ(w.stats.frequencies.size(), 1u);

  auto list = w.pipeline.stopwords();
  list.add("Apfel");
  w.pipeline.set_stopwords(list);
  auto t = frequencies(w, {}, all_words());
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].word, "Birne");

  add_article(w, "Birne Birne Kirsche");
  EXPECT_EQ(pending(w), 1u);
  t = frequencies(w, {}, all_words());
  EXPECT_EQ(t.rows[0], (FrequencyRow{"Birne", 3, 1000.0 * 3 / 6, 2}));

  w.corpus.articles.erase(w.corpus.articles.begin());
  t = frequencies(w, {}, all_words());
  EXPECT_EQ(t.rows[0], (FrequencyRow{"Birne", 2, 1000.0 * 2 / 3, 1}));
}

TEST(StatsFrequencies, StepCountsWithinABudgetAndReportsWhatIsLeft) {
  auto w = fixture({"Apfel", "Birne", "Kirsche"});
  EXPECT_EQ(pending(w), 3u);
  EXPECT_EQ(step(w, 0), 2u);  // at least one article per call, even with no time
  EXPECT_EQ(pending(w), 2u);
  EXPECT_EQ(step(w, 1e9), 0u);
  EXPECT_EQ(pending(w), 0u);
  const auto generation = w.stats.index.generation();
  EXPECT_EQ(step(w, 1e9), 0u);
  EXPECT_EQ(w.stats.index.generation(), generation);  // nothing changed, caches stay valid
}

TEST(StatsFrequencies, AReusedIdWithOtherTextIsRecounted) {
  auto w = fixture({"Apfel"});
  EXPECT_EQ(frequencies(w, {}, all_words()).rows[0].word, "Apfel");
  w.corpus.sources[0].text = "Kirsche Kirsche";
  w.corpus.sources[0].name = "other.txt";
  w.corpus.articles[0].range = {0, w.corpus.sources[0].text.size()};
  w.corpus.articles[0].blocks = {{{0, w.corpus.sources[0].text.size()}, BlockKind::Body, {}}};
  const auto t = frequencies(w, {}, all_words());
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].word, "Kirsche");
}

}  // namespace
}  // namespace wortblick::stats
