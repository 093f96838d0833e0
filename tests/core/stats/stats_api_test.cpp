// The statistics methods through the JSON API: shapes, defaults and errors for bad input.
#include "../../support/api_call.h"
#include "core/session/session.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace wortblick {
namespace {

using nlohmann::json;

json call(Session& w, std::string_view method, const json& args = json::array()) {
  return testing_support::call_api(w, method, args.dump());
}

std::string error_of(Session& w, std::string_view method, const json& args) {
  const auto r = call(w, method, args);
  return r.contains("error") ? r["error"].get<std::string>() : std::string();
}

class StatsApi : public ::testing::Test {
 protected:
  Session w;
  std::string first_id() const { return w.corpus().articles.front().id; }
};

TEST_F(StatsApi, FrequenciesWithDefaultsAndOptions) {
  const auto v = call(w, "frequencies")["value"];
  ASSERT_EQ(v.size(), 25u);
  EXPECT_EQ(v[0]["word"], "Amazon");
  EXPECT_TRUE(v[0]["count"].is_number_integer());
  EXPECT_TRUE(v[0]["per1000"].is_number());
  EXPECT_TRUE(v[0]["articles"].is_number_integer());

  const auto top3 = call(w, "frequencies", json::array({{{"limit", 3}, {"removeStopwords", false}}}))["value"];
  ASSERT_EQ(top3.size(), 3u);
  EXPECT_TRUE(w.workspace().pipeline.stopwords().contains(top3[0]["word"].get<std::string>()));

  const auto one = call(w, "frequencies", json::array({{{"scope", "article"}, {"id", first_id()}, {"limit", 5}}}));
  ASSERT_TRUE(one.contains("value")) << one.dump();
  EXPECT_EQ(one["value"][0]["articles"], 1);

  // A search scope of one article is that article.
  const auto search = call(w, "frequencies", json::array({{{"scope", "search"}, {"ids", {first_id()}}, {"limit", 5}}}));
  EXPECT_EQ(search["value"], one["value"]);

  // A search scope by query is every article the query finds, as if their ids were given.
  const auto hits = call(w, "search", json::array({"Threema", {{"limit", 10000}, {"snippets", 0}}}))["value"]["hits"];
  ASSERT_FALSE(hits.empty());
  json ids = json::array();
  for (const auto& h : hits) ids.push_back(h["id"]);
  const auto by_query = call(w, "frequencies", json::array({{{"scope", "search"}, {"id", "Threema"}, {"limit", 5}}}));
  ASSERT_TRUE(by_query.contains("value")) << by_query.dump();
  EXPECT_EQ(by_query["value"], call(w, "frequencies", json::array({{{"scope", "search"}, {"ids", ids}, {"limit", 5}}}))["value"]);
}

TEST_F(StatsApi, BadOptionsAreErrorsNotCrashes) {
  EXPECT_NE(error_of(w, "frequencies", json::array({{{"scope", "galaxy"}}})).find("unknown scope"), std::string::npos);
  EXPECT_NE(error_of(w, "frequencies", json::array({{{"scope", "article"}}})).find("needs an article id"), std::string::npos);
  EXPECT_NE(error_of(w, "frequencies", json::array({{{"limit", -3}}})).find("positive"), std::string::npos);
  EXPECT_FALSE(error_of(w, "frequencies", json::array({{{"limit", 2.5}}})).empty());
  EXPECT_FALSE(error_of(w, "frequencies", json::array({{{"limit", "10"}}})).empty());
  EXPECT_FALSE(error_of(w, "frequencies", json::array({{{"stem", "yes"}}})).empty());
  EXPECT_FALSE(error_of(w, "frequencies", json::array({{{"minLength", -1}}})).empty());
  EXPECT_FALSE(error_of(w, "frequencies", json::array({42})).empty());
  // A search scope is resolved by the session: its query (id) or its ids, never an error for
  // lack of ids. A query, or a search scope without one, that finds nothing is an empty scope.
  const auto no_query = call(w, "frequencies", json::array({{{"scope", "search"}}}));
  ASSERT_TRUE(no_query.contains("value")) << no_query.dump();
  EXPECT_EQ(no_query["value"], json::array());
  EXPECT_EQ(call(w, "frequencies", json::array({{{"scope", "search"}, {"id", "qqqqqqq"}}}))["value"], json::array());
  EXPECT_NE(error_of(w, "frequencies", json::array({{{"scope", "search"}, {"ids", {"nope:1"}}}})).find("unknown article id"),
            std::string::npos);
  EXPECT_FALSE(error_of(w, "frequencies", json::array({{{"scope", "tag"}, {"id", "keiner"}}})).empty());
  EXPECT_FALSE(error_of(w, "keyness", json::array({"corpus"})).empty());
  EXPECT_FALSE(error_of(w, "keyness", json::array({{{"scope", "article"}, {"id", first_id()}}, {{"scope", "rest"}}, {{"direction", "up"}}})).empty());
  EXPECT_FALSE(error_of(w, "dispersion", json::array({7})).empty());
  EXPECT_FALSE(error_of(w, "suggestTags", json::array({"nope:1"})).empty());
  EXPECT_FALSE(error_of(w, "distribution", json::array({"Amazon"})).empty());
  EXPECT_FALSE(error_of(w, "setStopwords", json::array({{{"add", "x"}}})).empty());
}

TEST_F(StatsApi, KeynessArticleAgainstRest) {
  const json a = {{"scope", "article"}, {"id", first_id()}};
  const auto both = call(w, "keyness", json::array({a, {{"scope", "rest"}}, {{"limit", 10}}}));
  ASSERT_TRUE(both.contains("value")) << both.dump();
  ASSERT_EQ(both["value"].size(), 10u);
  EXPECT_EQ(both["value"][0]["word"], "Threema");
  EXPECT_GT(both["value"][0]["ll"].get<double>(), 0);
  for (const char* f : {"word", "a", "b", "ll", "effect"}) EXPECT_TRUE(both["value"][0].contains(f)) << f;
  const auto under = call(w, "keyness", json::array({a, {{"scope", "rest"}}, {{"direction", "under"}}}))["value"];
  ASSERT_FALSE(under.empty());
  for (const auto& r : under) EXPECT_LT(r["ll"].get<double>(), 0);
}

TEST_F(StatsApi, DispersionDistributionAndSuggestions) {
  const auto d = call(w, "dispersion", json::array({"threema"}))["value"];
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0]["id"], first_id());
  EXPECT_EQ(d[0]["positions"].size(), 17u);
  EXPECT_EQ(d[0]["offsets"].size(), 17u);
  EXPECT_GT(d[0]["length"].get<int>(), d[0]["positions"].back().get<int>());
  const auto text = call(w, "article", json::array({first_id()}))["value"]["text"].get<std::string>();
  EXPECT_EQ(text.substr(d[0]["offsets"][0].get<std::size_t>(), 7), "Threema");

  const auto dist = call(w, "distribution", json::array({{"Amazon", "Whatsapp"}}))["value"];
  EXPECT_EQ(dist["articles"].size(), w.corpus().articles.size());
  ASSERT_EQ(dist["series"].size(), 2u);
  EXPECT_EQ(dist["series"][0]["label"], "Amazon");
  EXPECT_EQ(dist["series"][0]["per1000"].size(), w.corpus().articles.size());

  const auto tags = call(w, "suggestTags", json::array({first_id()}))["value"];
  ASSERT_TRUE(tags.is_array());
  EXPECT_EQ(tags[0], "Threema");
}

TEST_F(StatsApi, StopwordChangesReachCachedFrequencies) {
  EXPECT_EQ(call(w, "frequencies")["value"][0]["word"], "Amazon");
  const auto list = call(w, "setStopwords", json::array({{{"add", {"Amazon"}}, {"remove", {"und"}}}}))["value"];
  EXPECT_NE(std::find(list.begin(), list.end(), "amazon"), list.end());
  EXPECT_EQ(std::find(list.begin(), list.end(), "und"), list.end());
  EXPECT_EQ(call(w, "stopwords")["value"], list);
  const auto v = call(w, "frequencies")["value"];
  for (const auto& r : v) EXPECT_NE(r["word"], "Amazon");
  EXPECT_EQ(v[0]["word"], "und");
}

TEST_F(StatsApi, CsvExport) {
  const auto csv = call(w, "frequenciesCsv", json::array({{{"limit", 2}}}))["value"].get<std::string>();
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFword,count,per1000,articles\r\nAmazon,", 0), 0u) << csv;
}

}  // namespace
}  // namespace wortblick
