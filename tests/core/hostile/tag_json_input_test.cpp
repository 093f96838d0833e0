// Hostile tag documents: wrong types, huge strings, the tag limit and one over it, duplicate keys.
#include <string>
#include <vector>

#include "core/tags/tag_rules.h"
#include "core/tags/tag_schema.h"
#include "core/tags/tag_store.h"
#include "hostile.h"

namespace {

using namespace wortblick::tags;
using nlohmann::json;

const KnownArticles known({"a:1", "a:2", "b:1"});

TagStore starting_store() {
  TagStore s;
  const std::vector<std::string> ids{"a:1"};
  EXPECT_TRUE(s.assign("Politik", ids).ok());
  return s;
}

json document(json tags, json categories = json::array()) {
  return {{"format", "wortblick-tags"}, {"version", 1}, {"tags", std::move(tags)}, {"categories", std::move(categories)}};
}

// Imports in both modes and, on error, checks that nothing changed; returns the error.
std::string refused(const std::string& text) {
  std::string error;
  for (const auto mode : {ImportMode::Merge, ImportMode::Replace}) {
    TagStore s = starting_store();
    const std::string before = to_json(s);
    const auto revision = s.revision();
    const auto r = import_json(s, text, mode, known);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(to_json(s), before);  // the store is untouched
    EXPECT_EQ(s.revision(), revision);
    EXPECT_TRUE(wortblick::hostile::valid_utf8(r.error)) << r.error;
    if (error.empty()) error = r.error;
    EXPECT_EQ(r.error, error);  // the same message whatever the mode
  }
  // Loading it as saved state is refused with the same message and leaves an empty store.
  const auto loaded = load_persisted(text, known);
  EXPECT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.store.tag_count(), 0u);
  return error;
}

json tags_named(std::size_t n) {
  json tags = json::array();
  for (std::size_t k = 0; k < n; ++k) tags.push_back({{"name", "t" + std::to_string(k)}, {"articles", json::array()}});
  return tags;
}

TEST(HostileTags, WrongTypesNameTheField) {
  EXPECT_EQ(refused(R"({"format":"wortblick-tags","version":"1","tags":[]})"), "version: must be an integer, got a string");
  EXPECT_EQ(refused(document(json::object()).dump()), "tags: must be an array, got an object");
  EXPECT_EQ(refused(document(json::array({{{"name", 5}, {"articles", json::array()}}})).dump()),
            "tags[0].name: must be a string, got a number");
  EXPECT_EQ(refused(document(json::array({{{"name", "x"}, {"articles", "a:1"}}})).dump()),
            "tags[0].articles: must be an array of strings, got a string");
  EXPECT_EQ(refused(document(json::array({{{"name", "x"}, {"articles", json::array({1})}}})).dump()),
            "tags[0].articles[0]: must be a string, got a number");
  EXPECT_EQ(refused(document(json::array(), json::array({{{"name", "c"}, {"words", json::array()}, {"stem", "ja"}}})).dump()),
            "categories[0].stem: must be true or false, got a string");
  EXPECT_EQ(refused("[]"), "document: must be an object, got an array");
  EXPECT_EQ(refused("null"), "document: must be an object, got null");
  EXPECT_EQ(refused(""), "document: empty");
}

TEST(HostileTags, HugeStringsAreRefusedBeforeTheyAreKept) {
  // Over the JSON guard's string limit: refused while reading, with the field.
  const std::string huge(limits::kJsonStringBytes + 1, 'x');
  const auto e = refused(document(json::array({{{"name", huge}, {"articles", json::array()}}})).dump());
  EXPECT_EQ(e.rfind("tags[0].name: ", 0), 0u) << e;
  // Under that limit but over the name's 64 code points: a rule error, also with the field.
  const auto long_name = refused(document(json::array({{{"name", std::string(65, 'x')}, {"articles", json::array()}}})).dump());
  EXPECT_EQ(long_name.rfind("tags[0].name: ", 0), 0u) << long_name;
  // A whole document over the 1 MB import limit, refused by size before parsing.
  json tags = json::array();
  for (int k = 0; k < 400; ++k) tags.push_back({{"name", "t" + std::to_string(k)}, {"articles", json::array({std::string(3000, 'a')})}});
  const std::string big = document(tags).dump();
  ASSERT_GT(big.size(), limits::kImportBytes);
  const auto size_error = refused(big);
  EXPECT_NE(size_error.find("more than the limit"), std::string::npos) << size_error;
}

TEST(HostileTags, TenThousandTagsAreTheLimit) {
  TagStore s = starting_store();
  const auto at_limit = import_json(s, document(tags_named(limits::kTags)).dump(), ImportMode::Replace, known);
  ASSERT_TRUE(at_limit.ok) << at_limit.error;
  EXPECT_EQ(s.tag_count(), limits::kTags);
  // What was imported saves and loads back.
  const auto loaded = load_persisted(to_json(s), known);
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  EXPECT_EQ(loaded.store.tag_count(), limits::kTags);

  const auto over = refused(document(tags_named(limits::kTags + 1)).dump());
  EXPECT_NE(over.find("10000"), std::string::npos) << over;
  // Merging one more tag into a full store is refused too, and changes nothing.
  const std::string full = to_json(s);
  const auto merged = import_json(s, document(json::array({{{"name", "neu"}, {"articles", json::array()}}})).dump(),
                                  ImportMode::Merge, known);
  EXPECT_FALSE(merged.ok);
  EXPECT_NE(merged.error.find("10000"), std::string::npos) << merged.error;
  EXPECT_EQ(to_json(s), full);
}

TEST(HostileTags, DuplicateKeysAreRefusedNotSilentlyDropped) {
  // nlohmann keeps the last of two equal keys; the guard refuses instead, naming the key.
  const auto top = refused(R"({"format":"wortblick-tags","version":1,"tags":[],"tags":[{"name":"x","articles":["a:1"]}]})");
  EXPECT_NE(top.find("tags"), std::string::npos) << top;
  EXPECT_NE(top.find("duplicate"), std::string::npos) << top;
  const auto inner = refused(R"({"format":"wortblick-tags","version":1,"tags":[{"name":"x","name":"y","articles":[]}]})");
  EXPECT_EQ(inner.rfind("tags[0]", 0), 0u) << inner;
  // The same tag twice (names differ only in case) is a duplicate too.
  const auto names = refused(document(json::array({{{"name", "Sport"}, {"articles", json::array()}},
                                                   {{"name", "SPORT"}, {"articles", json::array()}}})).dump());
  EXPECT_EQ(names.rfind("tags[1].name: ", 0), 0u) << names;
}

TEST(HostileTags, InvalidUtf8AndDeepNestingAreRefused) {
  const auto bytes = refused(std::string(R"({"format":"wortblick-tags","version":1,"tags":[{"name":"x)") + "\xC0\xAF" +
                             R"(","articles":[]}]})");
  EXPECT_FALSE(bytes.empty());
  const auto deep = refused(std::string(10'000, '[') + std::string(10'000, ']'));
  EXPECT_NE(deep.find("nested deeper than"), std::string::npos) << deep;
  const auto lone_surrogate = refused(R"({"format":"wortblick-tags","version":1,"tags":[{"name":"\ud800","articles":[]}]})");
  EXPECT_FALSE(lone_surrogate.empty());
}

}  // namespace
