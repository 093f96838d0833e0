// Statistics on the embedded seed texts: top words, display forms, stems and tag suggestions.
#include "core/stats/charts.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "../../support/messages.h"

#include "core/stats/suggest_tags.h"
#include "core/text/fold.h"

namespace wortblick::stats {
namespace {

const FrequencyRow* row(const FrequencyTable& t, std::string_view word) {
  for (const auto& r : t.rows) {
    if (r.word == word) return &r;
  }
  return nullptr;
}

bool has(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

class StatsSeeds : public ::testing::Test {
 protected:
  Workspace w = make_embedded_workspace();
  const Article& article_titled(std::string_view part) {
    for (const auto& a : w.corpus.articles) {
      if (a.title.find(part) != std::string::npos) return a;
    }
    ADD_FAILURE() << "no article titled " << part;
    return w.corpus.articles.front();
  }
};

TEST_F(StatsSeeds, CorpusTopWordsHaveNoStopwordsOrNumbers) {
  FrequencyOptions o;
  o.limit = 20;
  const auto t = frequencies(w, {}, o);
  ASSERT_FALSE(t.error) << testing_support::english_of(t.error);
  ASSERT_EQ(t.rows.size(), 20u);
  EXPECT_EQ(t.words, w.corpus.total_words());
  EXPECT_EQ(t.rows[0].word, "Amazon");
  ASSERT_NE(row(t, "Whatsapp"), nullptr);  // 26 x "Whatsapp" beat 20 x "WhatsApp"
  EXPECT_EQ(row(t, "WhatsApp"), nullptr);
  for (const auto& r : t.rows) {
    EXPECT_FALSE(w.pipeline.stopwords().contains(r.word)) << r.word;
    EXPECT_FALSE(std::all_of(r.word.begin(), r.word.end(), [](char c) { return c >= '0' && c <= '9'; })) << r.word;
    EXPECT_NEAR(r.per1000, 1000.0 * r.count / t.words, 1e-9);
    EXPECT_LE(r.articles, w.corpus.articles.size());
  }
  for (std::size_t i = 1; i < t.rows.size(); ++i) EXPECT_GE(t.rows[i - 1].count, t.rows[i].count);
}

TEST_F(StatsSeeds, StemGroupingMergesNachrichtAndNachrichten) {
  FrequencyOptions o;
  o.limit = 100000;
  const auto by_key = frequencies(w, {}, o);
  ASSERT_NE(row(by_key, "Nachrichten"), nullptr);
  ASSERT_NE(row(by_key, "Nachricht"), nullptr);
  const auto together = row(by_key, "Nachrichten")->count + row(by_key, "Nachricht")->count;
  o.words.stem = true;
  const auto by_stem = frequencies(w, {}, o);
  ASSERT_NE(row(by_stem, "Nachrichten"), nullptr);
  EXPECT_EQ(row(by_stem, "Nachricht"), nullptr);
  EXPECT_EQ(row(by_stem, "Nachrichten")->count, together);
  EXPECT_LT(by_stem.rows.size(), by_key.rows.size());
}

TEST_F(StatsSeeds, ArticleCountsAgreeWithTheSegmenter) {
  for (const auto& a : w.corpus.articles) {
    FrequencyOptions o;
    o.words.remove_stopwords = false;
    const auto t = frequencies(w, {ScopeKind::Article, a.id, {}}, o);
    EXPECT_EQ(t.words, a.words) << a.id;
  }
}

TEST_F(StatsSeeds, SuggestedTagsNameWhatTheArticleIsAbout) {
  const auto messenger = suggest_tags(w, article_titled("Messenger").id);
  EXPECT_TRUE(has(messenger, "Threema"));
  EXPECT_TRUE(has(messenger, "Signal"));
  EXPECT_TRUE(has(messenger, "Messenger"));
  const auto prime = suggest_tags(w, article_titled("Prime Day").id);
  EXPECT_TRUE(has(prime, "Prime"));
  EXPECT_TRUE(has(prime, "Day"));
  for (const auto& a : w.corpus.articles) {
    const auto tags = suggest_tags(w, a.id);
    EXPECT_GE(tags.size(), 3u) << a.id;
    EXPECT_LE(tags.size(), 5u) << a.id;
    for (const auto& t : tags) EXPECT_FALSE(w.pipeline.stopwords().contains(t)) << t;
  }
  EXPECT_TRUE(suggest_tags(w, "nope:1").empty());
}

TEST_F(StatsSeeds, KeynessOfATagAgainstTheRest) {
  std::vector<std::string> ids;
  for (const auto& a : w.corpus.articles) {
    if (a.title.find("Amazon") != std::string::npos) ids.push_back(a.id);
  }
  ASSERT_TRUE(w.tags.assign("Amazon", ids).ok());
  const auto t = keyness(w, {ScopeKind::Tag, "Amazon", {}}, {ScopeKind::Rest, {}, {}}, {});
  ASSERT_FALSE(t.error) << testing_support::english_of(t.error);
  ASSERT_FALSE(t.over.empty());
  EXPECT_EQ(t.over[0].word, "Amazon");
  ASSERT_FALSE(t.under.empty());
  EXPECT_EQ(t.words_a + t.words_b, w.corpus.total_words());
}

}  // namespace
}  // namespace wortblick::stats
