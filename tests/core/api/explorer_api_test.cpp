// Tests of the core window.explorer methods through their JSON interface.
#include "../../support/api_call.h"
#include "core/session/json_boundary.h"
#include "core/session/session.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/workspace.h"

namespace {

using nlohmann::json;
namespace boundary = wortblick::boundary;

using wortblick::testing_support::call_api;

json call(wortblick::Session& c, std::string_view method, std::string_view args = "[]") {
  return call_api(c, method, args);
}

TEST(ExplorerApi, SourcesListsEveryEmbeddedFileWithItsSize) {
  wortblick::Session ws;
  const auto& corpus = ws.corpus();
  const auto v = call(ws, "sources")["value"];
  ASSERT_EQ(v.size(), corpus.sources.size());
  EXPECT_EQ(v[0]["seed"], corpus.sources[0].name);
  EXPECT_EQ(v[0]["bytes"], corpus.sources[0].bytes().size());
}

TEST(ExplorerApi, SourceTextReturnsTheExactText) {
  wortblick::Session ws;
  const auto& corpus = ws.corpus();
  const auto& s = corpus.sources.at(1);
  const auto v = call(ws, "sourceText", json::array({s.name}).dump())["value"];
  EXPECT_EQ(v.get<std::string>(), s.bytes());
  EXPECT_TRUE(call(ws, "sourceText", R"(["nope.txt"])")["value"].is_null());
}

TEST(ExplorerApi, ArticleByIdAndUnknownId) {
  wortblick::Session ws;
  const auto& corpus = ws.corpus();
  const auto list = call(ws, "articles")["value"];
  ASSERT_FALSE(list.empty());
  const auto id = list[0]["id"].get<std::string>();
  const auto a = call(ws, "article", json::array({id}).dump())["value"];
  EXPECT_EQ(a["id"], id);
  EXPECT_FALSE(a["text"].get<std::string>().empty());
  EXPECT_TRUE(call(ws, "article", R"(["missing:1"])")["value"].is_null());
}

TEST(ExplorerApi, BadArgumentsGiveAnErrorNotACrash) {
  wortblick::Session ws;
  const auto& corpus = ws.corpus();
  EXPECT_TRUE(call(ws, "article", "[42]").contains("error"));
  EXPECT_TRUE(call(ws, "article", "not json").contains("error"));
  EXPECT_TRUE(call(ws, "sourceText", "[]").contains("error"));
  EXPECT_FALSE(boundary::call(ws, "noSuchMethod", "[]").has_value());
}

}  // namespace

namespace {

using nlohmann::json;

using wortblick::testing_support::call_value;

TEST(ExplorerApiArticles, SegmentedArticlesWithRanges) {
  wortblick::Session ws;
  const auto list = call_value(ws, "articles", json::array());
  ASSERT_EQ(list.size(), ws.corpus().articles.size());
  EXPECT_EQ(list[3]["title"], "Amazon verschiebt seinen Prime Day auf August – laut einem Bericht");
  EXPECT_EQ(list[3]["seed"], "000_7fb449a311e9661c.txt");
  EXPECT_EQ(list[3]["range"][1], ws.corpus().sources[0].bytes().size());
  EXPECT_GT(list[3]["words"].get<std::size_t>(), 0u);
}

TEST(ExplorerApiArticles, ArticleSplitsBodyCommentsAndBoilerplate) {
  wortblick::Session ws;
  const auto a = call_value(ws, "article", json::array({"002_e75ba77f79889b01:1"}));
  const auto text = a["text"].get<std::string>();
  const auto body = a["body"].get<std::string>();
  const auto comments = a["comments"].get<std::string>();
  EXPECT_EQ(a["title"], "Amazon-Pakete, die keiner bestellt hat");
  EXPECT_NE(body.find("Kann passieren"), std::string::npos);
  EXPECT_NE(body.find("\n\n"), std::string::npos);
  EXPECT_EQ(body.find("Einen Kommentar schicken"), std::string::npos);
  EXPECT_EQ(body.find("Utopia now!"), std::string::npos);
  EXPECT_NE(comments.find("Utopia now!"), std::string::npos);
  bool saw_form = false;
  for (const auto& b : a["boilerplate"]) {
    const auto s = b["start"].get<std::size_t>(), e = b["end"].get<std::size_t>();
    ASSERT_LE(e, text.size());
    if (text.substr(s, e - s) == "Einen Kommentar schicken") {
      saw_form = true;
      EXPECT_EQ(b["kind"], "comment-form");
    }
  }
  EXPECT_TRUE(saw_form);
  const auto no_comments = call_value(ws, "article", json::array({"003_48b8d6dfe2915fd2:1"}));
  EXPECT_EQ(no_comments["comments"], "");
}

TEST(ExplorerApiTokens, FoldingExamplesHoldThroughTheApi) {
  wortblick::Session ws;
  const auto ts = call_value(ws, "tokens", json::array({"Marktführer Marktfuehrer maßgeblich massgeblich WhatsApp whatsapp für"}));
  ASSERT_EQ(ts.size(), 7u);
  EXPECT_EQ(ts[0]["key"], ts[1]["key"]);
  EXPECT_EQ(ts[0]["stem"], ts[1]["stem"]);
  EXPECT_EQ(ts[2]["key"], ts[3]["key"]);
  EXPECT_EQ(ts[4]["key"], ts[5]["key"]);
  EXPECT_EQ(ts[0]["text"], "Marktführer");
  EXPECT_EQ(ts[6]["stopword"], true);
  EXPECT_EQ(ts[0]["stopword"], false);
  EXPECT_EQ(ts[1]["start"], std::string("Marktführer ").size());
}

TEST(ExplorerApiTokens, CompoundsNumbersAndUrls) {
  wortblick::Session ws;
  const auto ts = call_value(ws, "tokens", json::array({"Die Whatsapp-Alternative kostet 1,5 Euro auf Booking.com"}));
  ASSERT_EQ(ts.size(), 9u);
  EXPECT_EQ(ts[1]["key"], "whatsapp-alternative");
  EXPECT_EQ(ts[1]["span"], 2);
  EXPECT_EQ(ts[2]["part"], true);
  EXPECT_EQ(ts[3]["position"], 2);
  EXPECT_EQ(ts[4]["position"], 3);
  EXPECT_EQ(ts[5]["number"], true);
  EXPECT_EQ(ts[8]["url"], true);
  EXPECT_TRUE(boundary::call(ws, "tokens", "[1]")->find("error") != std::string::npos);
  EXPECT_EQ(call_value(ws, "tokens", json::array({""})).size(), 0u);
}

}  // namespace
