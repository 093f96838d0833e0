// Tests of the tag JSON schema: export, import validation, and loading saved state.
#include "core/tags/tag_schema.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/tags/tag_rules.h"

namespace {

using namespace wortblick::tags;
using nlohmann::json;
using Ids = std::vector<std::string>;

KnownArticles known() { return KnownArticles({"a:1", "a:2", "b:1", "b:2", "c:1"}); }

TagStore sample() {
  TagStore s;
  EXPECT_TRUE(s.create_tag("Politik", "#aa0000").ok());
  EXPECT_TRUE(s.assign("Politik", Ids{"b:1", "a:1"}).ok());
  EXPECT_TRUE(s.assign("Ärger", Ids{"c:1"}).ok());
  EXPECT_TRUE(s.create_tag("leer").ok());
  EXPECT_TRUE(s.set_category("Messenger", Ids{"WhatsApp", "Threema", "Signal", "Telegram", "Wire"}, true).ok());
  EXPECT_TRUE(s.set_category("Städte", Ids{"Köln", "Düsseldorf"}).ok());
  return s;
}

json valid_doc() { return json::parse(to_json(sample())); }

// Imports `text` into a copy of the sample store (in both modes unless one is given) and
// expects a rejection whose message starts with `field` and holds `hint`.
void expect_rejected(const std::string& text, const std::string& field, const std::string& hint = {},
                     std::vector<ImportMode> modes = {ImportMode::Merge, ImportMode::Replace}) {
  TagStore s = sample();
  const auto before = to_json(s);
  const auto rev = s.revision();
  for (const auto mode : modes) {
    const auto r = import_json(s, text, mode, known());
    EXPECT_FALSE(r.ok) << text.substr(0, 200);
    const auto rest = r.error.substr(std::min(r.error.size(), field.size()));
    EXPECT_TRUE(r.error.rfind(field, 0) == 0 && !rest.empty() && (rest[0] == ':' || rest[0] == '['))
        << "error \"" << r.error << "\" should name " << field;
    if (!hint.empty()) {
      EXPECT_NE(r.error.find(hint), std::string::npos) << r.error;
    }
    EXPECT_EQ(r.added, 0u);
  }
  EXPECT_TRUE(to_json(s) == before) << "a failed import must leave the store untouched";
  EXPECT_EQ(s.revision(), rev);
}

void expect_rejected(const json& doc, const std::string& field, const std::string& hint = {},
                     std::vector<ImportMode> modes = {ImportMode::Merge, ImportMode::Replace}) {
  expect_rejected(doc.dump(), field, hint, std::move(modes));
}

TEST(TagSchema, ExportIsVersionedStableAndPretty) {
  const auto text = export_json(sample());
  const auto doc = json::parse(text);
  EXPECT_EQ(doc["format"], "wortblick-tags");
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["tags"][0]["articles"], json({"a:1", "b:1"})) << "ids sorted";
  EXPECT_EQ(doc["categories"][0]["stem"], true);
  EXPECT_NE(text.find("\n  \"tags\""), std::string::npos);
  EXPECT_EQ(text.find("\"format\""), 4u) << "fields in schema order";
  EXPECT_EQ(export_json(sample()), text);
}

TEST(TagSchema, ExportImportReplaceRoundTripsExactly) {
  const TagStore original = sample();
  TagStore fresh;
  const auto r = import_json(fresh, export_json(original), ImportMode::Replace, known());
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.added, 3u);
  EXPECT_EQ(to_json(fresh), to_json(original));
  EXPECT_EQ(export_json(fresh), export_json(original));
}

TEST(TagSchema, ImportReplaceDropsWhatTheDocumentLacks) {
  TagStore s = sample();
  const auto r = import_json(s, R"({"format":"wortblick-tags","version":1,"tags":[{"name":"x","articles":["a:2"]}]})",
                             ImportMode::Replace, known());
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.added, 1u);
  EXPECT_EQ(s.tag_count(), 1u);
  EXPECT_EQ(s.category_count(), 0u);
  ASSERT_TRUE(s.undo().ok());
  EXPECT_EQ(to_json(s), to_json(sample()));
}

TEST(TagSchema, ImportMergeUnitesTagsAndReplacesCategories) {
  TagStore s = sample();
  const auto r = import_json(s, R"({"format":"wortblick-tags","version":1,
      "tags":[{"name":"POLITIK","color":"#00ff00","articles":["a:1","a:2"]},{"name":"Neu","articles":["b:2"]}],
      "categories":[{"name":"messenger","words":["Matrix"]}]})",
                             ImportMode::Merge, known());
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.added, 2u) << "a:2 in Politik and b:2 in Neu";
  EXPECT_EQ(s.find_tag("Politik")->color, "#aa0000");
  EXPECT_EQ(s.find_tag("Politik")->articles.size(), 3u);
  EXPECT_EQ(s.tag_at(s.tag_count() - 1).name, "Neu");
  ASSERT_EQ(s.category_count(), 2u);
  EXPECT_EQ(s.category_at(0).name, "messenger");
  EXPECT_EQ(s.category_at(0).words, Ids{"Matrix"});
  EXPECT_FALSE(s.category_at(0).stem);
}

TEST(TagSchema, MalformedTopLevel) {
  expect_rejected(std::string(), "document", "empty");
  expect_rejected(std::string("null"), "document", "must be an object, got null");
  expect_rejected(std::string("[]"), "document", "must be an object");
  expect_rejected(std::string("\"x\""), "document");
  expect_rejected(std::string("{"), "document", "not valid JSON");
  expect_rejected(std::string("{} x"), "document", "not valid JSON");
  expect_rejected(std::string("{\"format\":\"wortblick-tags\",\"version\":1,\"tags\":[]} // c"), "document");
  auto doc = valid_doc();
  doc.erase("format");
  expect_rejected(doc, "format", "missing");
  doc = valid_doc();
  doc["format"] = "something-else";
  expect_rejected(doc, "format");
  doc = valid_doc();
  doc["version"] = 2;
  expect_rejected(doc, "version", "not supported");
  doc["version"] = "1";
  expect_rejected(doc, "version", "integer");
  doc["version"] = 1.5;
  expect_rejected(doc, "version", "integer");
  doc["version"] = -1;
  expect_rejected(doc, "version", "not supported");
  doc = valid_doc();
  doc.erase("version");
  expect_rejected(doc, "version", "missing");
  doc = valid_doc();
  doc.erase("tags");
  expect_rejected(doc, "tags", "missing");
  doc = valid_doc();
  doc["tags"] = json::object();
  expect_rejected(doc, "tags", "must be an array");
  doc = valid_doc();
  doc["categories"] = 3;
  expect_rejected(doc, "categories", "must be an array");
  doc = valid_doc();
  doc["extra"] = true;
  expect_rejected(doc, "document", "unknown field \"extra\"");
}

TEST(TagSchema, EveryTagFieldWrongInTurn) {
  const std::vector<std::pair<json, std::string>> cases = {
      {json(5), "tags[1]"},
      {json::array(), "tags[1]"},
      {json{{"color", "#000000"}, {"articles", json::array()}}, "tags[1].name"},
      {json{{"name", 7}, {"articles", json::array()}}, "tags[1].name"},
      {json{{"name", ""}, {"articles", json::array()}}, "tags[1].name"},
      {json{{"name", "  "}, {"articles", json::array()}}, "tags[1].name"},
      {json{{"name", std::string(65, 'n')}, {"articles", json::array()}}, "tags[1].name"},
      {json{{"name", "a\tb"}, {"articles", json::array()}}, "tags[1].name"},
      {json{{"name", "politik"}, {"articles", json::array()}}, "tags[1].name"},  // duplicate of tags[0]
      {json{{"name", "x"}, {"color", "red"}, {"articles", json::array()}}, "tags[1].color"},
      {json{{"name", "x"}, {"color", nullptr}, {"articles", json::array()}}, "tags[1].color"},
      {json{{"name", "x"}}, "tags[1].articles"},
      {json{{"name", "x"}, {"articles", "a:1"}}, "tags[1].articles"},
      {json{{"name", "x"}, {"articles", {"a:1", 2}}}, "tags[1].articles[1]"},
      {json{{"name", "x"}, {"articles", {"a:1", "nope:9"}}}, "tags[1].articles[1]"},
      {json{{"name", "x"}, {"articles", {"a:1", "a:1"}}}, "tags[1].articles[1]"},
      {json{{"name", "x"}, {"articles", {""}}}, "tags[1].articles[0]"},
      {json{{"name", "x"}, {"articles", json::array()}, {"colour", "#000000"}}, "tags[1]"},
  };
  for (const auto& [tag, field] : cases) {
    auto doc = valid_doc();
    doc["tags"][1] = tag;
    SCOPED_TRACE(tag.dump());
    expect_rejected(doc, field);
  }
}

TEST(TagSchema, UnknownArticleNamesTheId) {
  auto doc = valid_doc();
  doc["tags"][0]["articles"].push_back("zzz:1");
  expect_rejected(doc, "tags[0].articles[2]", "unknown article \"zzz:1\"");
}

TEST(TagSchema, EveryCategoryFieldWrongInTurn) {
  const std::vector<std::pair<json, std::string>> cases = {
      {json("x"), "categories[1]"},
      {json{{"words", json::array()}}, "categories[1].name"},
      {json{{"name", "MESSENGER"}, {"words", json::array()}}, "categories[1].name"},
      {json{{"name", "c"}}, "categories[1].words"},
      {json{{"name", "c"}, {"words", {"ok", 1}}}, "categories[1].words[1]"},
      {json{{"name", "c"}, {"words", {"ok", ""}}}, "categories[1].words[1]"},
      {json{{"name", "c"}, {"words", {"ok", "ok"}}}, "categories[1].words[1]"},
      {json{{"name", "c"}, {"words", {std::string(101, 'w')}}}, "categories[1].words[0]"},
      {json{{"name", "c"}, {"words", json::array()}, {"stem", "yes"}}, "categories[1].stem"},
      {json{{"name", "c"}, {"words", json::array()}, {"color", "#12"}}, "categories[1].color"},
      {json{{"name", "c"}, {"words", json::array()}, {"wörter", json::array()}}, "categories[1]"},
  };
  for (const auto& [category, field] : cases) {
    auto doc = valid_doc();
    doc["categories"][1] = category;
    SCOPED_TRACE(category.dump());
    expect_rejected(doc, field);
  }
}

TEST(TagSchema, DuplicateKeysAreRejectedAtEveryLevel) {
  expect_rejected(std::string(R"({"format":"wortblick-tags","version":1,"version":1,"tags":[]})"), "version",
                  "duplicate key");
  expect_rejected(
      std::string(R"({"format":"wortblick-tags","version":1,"tags":[{"name":"a","articles":[]},)"
                  R"({"name":"b","color":"#000000","name":"c","articles":[]}]})"),
      "tags[1].name", "duplicate key \"name\"");
}

TEST(TagSchema, DeepNestingHugeStringsAndSizeLimit) {
  expect_rejected(std::string(100000, '[') + std::string(100000, ']'), "document", "nested deeper");
  auto doc = valid_doc();
  doc["tags"][0]["articles"] = json::array({json::array({json::array({json::array()})})});
  expect_rejected(doc, "tags[0].articles[0][0][0]", "nested deeper");
  doc = valid_doc();
  doc["tags"][0]["name"] = std::string(5000, 'x');
  expect_rejected(doc, "tags[0].name", "string longer than");
  doc = valid_doc();
  doc["tags"][0]["articles"] = {std::string(300, 'x')};
  expect_rejected(doc, "tags[0].articles[0]", "longer than 200 bytes");

  doc = valid_doc();
  std::string padding(limits::kImportBytes, ' ');
  expect_rejected(doc.dump() + padding, "document", "more than the limit of 1048576 bytes");
  // Exactly at the limit is still fine.
  auto text = doc.dump();
  text += std::string(limits::kImportBytes - text.size(), ' ');
  TagStore s;
  EXPECT_TRUE(import_json(s, text, ImportMode::Replace, known()).ok);
}

TEST(TagSchema, InvalidUtf8IsRejectedWithAPrintableMessage) {
  const std::string text = "{\"format\":\"wortblick-tags\",\"version\":1,\"tags\":[{\"name\":\"a\xff\",\"articles\":[]}]}";
  expect_rejected(text, "tags[0].name", "not valid JSON");
  TagStore s;
  const auto r = import_json(s, text, ImportMode::Merge, known());
  // The message goes into JSON answers: it must itself be valid text.
  EXPECT_FALSE(json(r.error).dump(-1, ' ', false, json::error_handler_t::strict).empty());
  EXPECT_EQ(r.error.find('\xff'), std::string::npos);
}

TEST(TagSchema, TooManyTagsAndTooManyAfterMerge) {
  json doc = {{"format", "wortblick-tags"}, {"version", 1}, {"tags", json::array()}};
  for (std::size_t i = 0; i <= limits::kTags; ++i) doc["tags"].push_back({{"name", std::to_string(i)}, {"articles", json::array()}});
  ASSERT_LT(doc.dump().size(), limits::kImportBytes);
  expect_rejected(doc, "tags", "more than 10000 tags");

  // 10,000 new tags alone are fine, but not merged onto a store that has some.
  doc["tags"].erase(doc["tags"].size() - 1);
  TagStore fresh;
  EXPECT_TRUE(import_json(fresh, doc.dump(), ImportMode::Merge, known()).ok);
  expect_rejected(doc, "tags", "after merging", {ImportMode::Merge});
}

TEST(TagSchema, HandWrittenDocumentsMayLeaveOutOptionalFields) {
  TagStore s;
  const auto r = import_json(s, R"({"format":"wortblick-tags","version":1,"tags":[{"name":" Sport ","articles":[]}]})",
                             ImportMode::Merge, known());
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.added, 0u);
  EXPECT_EQ(s.tag_at(0).name, "Sport");
  EXPECT_EQ(s.tag_at(0).color.size(), 7u);
  EXPECT_EQ(s.revision(), 1u);
}

TEST(TagSchema, LoadPersistedDistinguishesMissingUnreadableAndWrongVersion) {
  EXPECT_EQ(load_persisted(std::nullopt, known()).kind, ReadError::Missing);
  EXPECT_EQ(load_persisted("", known()).kind, ReadError::Missing);
  const auto garbage = load_persisted("{not json", known());
  EXPECT_EQ(garbage.kind, ReadError::Unreadable);
  EXPECT_FALSE(garbage.error.empty());
  EXPECT_EQ(load_persisted(R"({"format":"wortblick-tags","version":1,"tags":[{"name":""}]})", known()).kind,
            ReadError::Unreadable);
  // A newer build's document: recognised by its version whatever else it holds.
  const auto newer = load_persisted(R"({"format":"wortblick-tags","version":2,"labels":{}})", known());
  EXPECT_EQ(newer.kind, ReadError::WrongVersion);
  EXPECT_EQ(newer.error.rfind("version:", 0), 0u);
  EXPECT_FALSE(newer.ok());
  EXPECT_EQ(newer.store.tag_count(), 0u);
}

TEST(TagSchema, LoadPersistedKeepsUnknownArticlesWithWarnings) {
  TagStore s = sample();
  ASSERT_TRUE(s.assign("Politik", Ids{"gone:7"}).ok());
  const auto loaded = load_persisted(to_json(s), known());
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  ASSERT_EQ(loaded.warnings.size(), 1u);
  EXPECT_EQ(loaded.warnings[0], "tags[0].articles[2]: unknown article \"gone:7\" (kept)");
  EXPECT_EQ(to_json(loaded.store), to_json(s));
  EXPECT_EQ(loaded.store.revision(), 1u);
  EXPECT_FALSE(loaded.store.can_undo()) << "loading is not an undoable change";
}

TEST(TagSchema, LoadPersistedSummarizesManyWarnings) {
  TagStore s;
  Ids ids;
  for (int i = 0; i < 500; ++i) ids.push_back("old:" + std::to_string(i));
  ASSERT_TRUE(s.assign("t", ids).ok());
  const auto loaded = load_persisted(to_json(s), known());
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded.store.find_tag("t")->articles.size(), 500u);
  ASSERT_EQ(loaded.warnings.size(), 51u);
  EXPECT_NE(loaded.warnings.back().find("450 more"), std::string::npos);
}

}  // namespace
