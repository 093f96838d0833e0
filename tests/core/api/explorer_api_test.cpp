// Tests of the core window.explorer methods through their JSON interface.
#include "core/api/explorer_api.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/corpus/corpus.h"

namespace {

using nlohmann::json;
using wortblick::call_core_api;

json call(const wortblick::Corpus& c, std::string_view method, std::string_view args = "[]") {
  const auto out = call_core_api(c, method, args);
  EXPECT_TRUE(out.has_value()) << method;
  return out ? json::parse(*out) : json();
}

TEST(ExplorerApi, SourcesListsEveryEmbeddedFileWithItsSize) {
  const auto corpus = wortblick::load_embedded_corpus();
  const auto v = call(corpus, "sources")["value"];
  ASSERT_EQ(v.size(), corpus.sources.size());
  EXPECT_EQ(v[0]["seed"], corpus.sources[0].name);
  EXPECT_EQ(v[0]["bytes"], corpus.sources[0].bytes.size());
}

TEST(ExplorerApi, SourceTextReturnsTheExactText) {
  const auto corpus = wortblick::load_embedded_corpus();
  const auto& s = corpus.sources.at(1);
  const auto v = call(corpus, "sourceText", json::array({s.name}).dump())["value"];
  EXPECT_EQ(v.get<std::string>(), s.bytes);
  EXPECT_TRUE(call(corpus, "sourceText", R"(["nope.txt"])")["value"].is_null());
}

TEST(ExplorerApi, ArticleByIdAndUnknownId) {
  const auto corpus = wortblick::load_embedded_corpus();
  const auto list = call(corpus, "articles")["value"];
  ASSERT_FALSE(list.empty());
  const auto id = list[0]["id"].get<std::string>();
  const auto a = call(corpus, "article", json::array({id}).dump())["value"];
  EXPECT_EQ(a["id"], id);
  EXPECT_FALSE(a["text"].get<std::string>().empty());
  EXPECT_TRUE(call(corpus, "article", R"(["missing:1"])")["value"].is_null());
}

TEST(ExplorerApi, BadArgumentsGiveAnErrorNotACrash) {
  const auto corpus = wortblick::load_embedded_corpus();
  EXPECT_TRUE(call(corpus, "article", "[42]").contains("error"));
  EXPECT_TRUE(call(corpus, "article", "not json").contains("error"));
  EXPECT_TRUE(call(corpus, "sourceText", "[]").contains("error"));
  EXPECT_FALSE(call_core_api(corpus, "noSuchMethod", "[]").has_value());
}

}  // namespace
