// Tests of the core window.explorer methods through their JSON interface.
#include "core/api/explorer_api.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/workspace.h"

namespace {

using nlohmann::json;
using wortblick::call_core_api;

json call(wortblick::Workspace& c, std::string_view method, std::string_view args = "[]") {
  const auto out = call_core_api(c, method, args);
  EXPECT_TRUE(out.has_value()) << method;
  return out ? json::parse(*out) : json();
}

TEST(ExplorerApi, SourcesListsEveryEmbeddedFileWithItsSize) {
  auto ws = wortblick::make_embedded_workspace();
  const auto& corpus = ws.corpus;
  const auto v = call(ws, "sources")["value"];
  ASSERT_EQ(v.size(), corpus.sources.size());
  EXPECT_EQ(v[0]["seed"], corpus.sources[0].name);
  EXPECT_EQ(v[0]["bytes"], corpus.sources[0].bytes.size());
}

TEST(ExplorerApi, SourceTextReturnsTheExactText) {
  auto ws = wortblick::make_embedded_workspace();
  const auto& corpus = ws.corpus;
  const auto& s = corpus.sources.at(1);
  const auto v = call(ws, "sourceText", json::array({s.name}).dump())["value"];
  EXPECT_EQ(v.get<std::string>(), s.bytes);
  EXPECT_TRUE(call(ws, "sourceText", R"(["nope.txt"])")["value"].is_null());
}

TEST(ExplorerApi, ArticleByIdAndUnknownId) {
  auto ws = wortblick::make_embedded_workspace();
  const auto& corpus = ws.corpus;
  const auto list = call(ws, "articles")["value"];
  ASSERT_FALSE(list.empty());
  const auto id = list[0]["id"].get<std::string>();
  const auto a = call(ws, "article", json::array({id}).dump())["value"];
  EXPECT_EQ(a["id"], id);
  EXPECT_FALSE(a["text"].get<std::string>().empty());
  EXPECT_TRUE(call(ws, "article", R"(["missing:1"])")["value"].is_null());
}

TEST(ExplorerApi, BadArgumentsGiveAnErrorNotACrash) {
  auto ws = wortblick::make_embedded_workspace();
  const auto& corpus = ws.corpus;
  EXPECT_TRUE(call(ws, "article", "[42]").contains("error"));
  EXPECT_TRUE(call(ws, "article", "not json").contains("error"));
  EXPECT_TRUE(call(ws, "sourceText", "[]").contains("error"));
  EXPECT_FALSE(call_core_api(ws, "noSuchMethod", "[]").has_value());
}

}  // namespace
