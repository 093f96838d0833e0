// Tests of the tag and category methods of window.explorer through their JSON interface.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../../support/api_call.h"
#include "core/session/session.h"
#include "core/workspace.h"

namespace {

using nlohmann::json;

json call(wortblick::Session& w, std::string_view method, const json& args = json::array()) {
  return wortblick::testing_support::call_api(w, method, args.dump());
}

class TagsApi : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(ws.corpus().articles.size(), 2u);
    a = ws.corpus().articles[0].id;
    b = ws.corpus().articles[1].id;
  }
  wortblick::Session ws;
  std::string a, b;
};

TEST_F(TagsApi, TagCreatesTagsAndListsThem) {
  EXPECT_EQ(call(ws, "tags")["value"], json::array());
  EXPECT_EQ(call(ws, "tag", {a, "Politik"})["value"], 1);
  EXPECT_EQ(call(ws, "tag", {json::array({a, b}), "politik"})["value"], 1) << "tag all results: only b is new";
  const auto tags = call(ws, "tags")["value"];
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0]["name"], "Politik");
  EXPECT_EQ(tags[0]["articles"].size(), 2u);
  EXPECT_TRUE(tags[0]["color"].get<std::string>().starts_with("#"));
  EXPECT_EQ(call(ws, "untag", {b, "Politik"})["value"], 1);
  EXPECT_EQ(call(ws, "tags")["value"][0]["articles"], json::array({a}));
}

TEST_F(TagsApi, ContractViolationsAreErrorsAndChangeNothing) {
  const auto rev = ws.tags().revision();
  EXPECT_NE(call(ws, "tag", {"nope:1", "Politik"})["error"].get<std::string>().find("unknown article \"nope:1\""),
            std::string::npos);
  EXPECT_TRUE(call(ws, "tag", {a})["error"].is_string());
  EXPECT_TRUE(call(ws, "tag", {a, "   "})["error"].is_string());
  EXPECT_TRUE(call(ws, "tag", {json::array({a, 3}), "x"})["error"].is_string());
  EXPECT_TRUE(call(ws, "untag", {a, "missing"})["error"].is_string());
  EXPECT_TRUE(call(ws, "setCategory", {"x", "not a list"})["error"].is_string());
  EXPECT_TRUE(call(ws, "importTags", {42})["error"].is_string());
  EXPECT_TRUE(call(ws, "importTags", {"{}", {{"mode", "sideways"}}})["error"].is_string());
  EXPECT_EQ(ws.tags().revision(), rev);
  EXPECT_EQ(ws.tags().tag_count(), 0u);
}

TEST_F(TagsApi, CategoriesSetListAndDelete) {
  const auto c = call(ws, "setCategory", {"Messenger", {"whatsapp", "threema", "signal"}, {{"stem", true}}})["value"];
  EXPECT_EQ(c["name"], "Messenger");
  EXPECT_EQ(c["stem"], true);
  const auto list = call(ws, "categories")["value"];
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["words"], json::array({"whatsapp", "threema", "signal"}));
  EXPECT_EQ(call(ws, "deleteCategory", {"messenger"})["value"], true);
  EXPECT_EQ(call(ws, "categories")["value"], json::array());
}

TEST_F(TagsApi, ExportImportAndUndo) {
  call(ws, "tag", {a, "Politik"});
  call(ws, "setCategory", {"Messenger", {"wire"}});
  const auto exported = call(ws, "exportTags")["value"].get<std::string>();

  wortblick::Session other;
  const auto r = call(other, "importTags", {exported, {{"mode", "replace"}}})["value"];
  EXPECT_EQ(r, json({{"ok", true}, {"added", 1}}));
  EXPECT_EQ(call(other, "exportTags")["value"], exported);

  // Bad data is an answer, not an exception.
  const auto bad = call(other, "importTags", {"{\"format\":\"wortblick-tags\",\"version\":1,\"tags\":[{\"name\":\"x\","
                                              "\"articles\":[\"nope:1\"]}]}"})["value"];
  EXPECT_EQ(bad["ok"], false);
  EXPECT_EQ(bad["added"], 0);
  EXPECT_EQ(bad["error"], "tags[0].articles[0]: unknown article \"nope:1\"");
  EXPECT_EQ(call(other, "importTags", {"null"})["value"]["ok"], false);

  const auto rev = call(ws, "tagsRevision")["value"].get<std::uint64_t>();
  EXPECT_EQ(call(ws, "deleteTag", {"politik"})["value"], true);
  EXPECT_EQ(call(ws, "tagsRevision")["value"], rev + 1);
  EXPECT_EQ(call(ws, "undoTags")["value"], "delete tag “Politik”");
  EXPECT_EQ(call(ws, "tags")["value"][0]["name"], "Politik");
  EXPECT_EQ(call(ws, "renameTag", {"Politik", "Inland"})["value"], true);
  EXPECT_EQ(call(ws, "recolorTag", {"Inland", "#123456"})["value"], true);
  EXPECT_EQ(call(ws, "untagAll", {"Inland"})["value"], true);
  EXPECT_EQ(call(ws, "createTag", {"Sport", "#00AA00"})["value"]["color"], "#00aa00");
  EXPECT_TRUE(call(ws, "createTag", {"sport"})["error"].is_string());
}

}  // namespace
