// Tests of the tag model: names, colors, tagging, queries, categories, undo and revisions.
#include "core/tags/tag_store.h"

#include <gtest/gtest.h>

#include "core/tags/tag_rules.h"
#include "../../support/messages.h"

namespace {

using namespace wortblick::tags;
using Ids = std::vector<std::string>;
using wortblick::Message;
using wortblick::Msg;
using wortblick::testing_support::english_of;

TEST(TagStore, CreateTrimsNamesAndRejectsCaseInsensitiveDuplicates) {
  TagStore s;
  ASSERT_TRUE(s.create_tag("  Politik \t").ok());
  EXPECT_EQ(s.tag_at(0).name, "Politik");
  EXPECT_EQ(s.create_tag("POLITIK").error, (Message{Msg::TagExists, {"POLITIK"}}));
  EXPECT_FALSE(s.create_tag("politik").ok());
  ASSERT_TRUE(s.create_tag("Ärger").ok());
  EXPECT_FALSE(s.create_tag("ärger").ok()) << "non-ASCII letters compare without case too";
  EXPECT_NE(s.find_tag("äRGER"), nullptr);
  EXPECT_EQ(s.tag_count(), 2u);
}

TEST(TagStore, NameRules) {
  TagStore s;
  EXPECT_EQ(s.create_tag("   ").error, (Message{Msg::InvalidText, {"name is empty"}}));
  EXPECT_EQ(s.create_tag("a\nb").error, (Message{Msg::InvalidText, {"name contains a control character"}}));
  EXPECT_EQ(s.create_tag("\xff").error, (Message{Msg::InvalidText, {"name is not valid UTF-8"}}));
  EXPECT_TRUE(s.create_tag(std::string(64, 'x')).ok());
  const auto too_long = s.create_tag(std::string(65, 'y')).error;
  EXPECT_EQ(wortblick::testing_support::code_of(too_long), Msg::InvalidText);
  EXPECT_NE(english_of(too_long).find("longer than 64"), std::string::npos) << english_of(too_long);
  // 64 code points of two bytes each are fine: the limit counts characters, not bytes.
  std::string umlauts;
  for (int i = 0; i < 64; ++i) umlauts += "ü";
  EXPECT_TRUE(s.create_tag(umlauts).ok());
  EXPECT_FALSE(s.create_tag(umlauts + "ü").ok());
}

TEST(TagStore, ColorsArePaletteDistinctOrValidatedAndLowercased) {
  TagStore s;
  ASSERT_TRUE(s.create_tag("a").ok());
  ASSERT_TRUE(s.create_tag("b").ok());
  ASSERT_TRUE(s.create_tag("c", "#A0B1C2").ok());
  EXPECT_NE(s.tag_at(0).color, s.tag_at(1).color);
  EXPECT_EQ(s.tag_at(2).color, "#a0b1c2");
  for (const char* bad : {"red", "#12345", "#1234567", "#12345g", "123456#", ""}) {
    EXPECT_FALSE(s.recolor_tag("a", bad).ok()) << bad;
  }
  EXPECT_FALSE(s.create_tag("d", "#zzzzzz").ok());
  EXPECT_EQ(s.tag_count(), 3u);
}

TEST(TagStore, AssignCreatesTheTagAndCountsOnlyNewIds) {
  TagStore s;
  const auto r = s.assign("Messenger", Ids{"a:1", "b:1", "a:1"});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.changed, 2u);
  ASSERT_NE(s.find_tag("messenger"), nullptr);
  EXPECT_EQ(s.find_tag("messenger")->articles.size(), 2u);
  EXPECT_EQ(s.assign("MESSENGER", Ids{"a:1"}).changed, 0u);
  EXPECT_EQ(s.tag_count(), 1u);
  EXPECT_FALSE(s.assign("x", Ids{""}).ok());
  EXPECT_EQ(s.tag_count(), 1u) << "a failed assign must not create its tag";
}

TEST(TagStore, UnassignAndClear) {
  TagStore s;
  ASSERT_TRUE(s.assign("t", Ids{"a:1", "b:1", "c:1"}).ok());
  EXPECT_EQ(s.unassign("t", Ids{"a:1", "zzz:1"}).changed, 1u);
  EXPECT_FALSE(s.unassign("nope", Ids{"a:1"}).ok());
  EXPECT_EQ(s.clear_tag("t").changed, 2u);
  ASSERT_NE(s.find_tag("t"), nullptr);
  EXPECT_TRUE(s.find_tag("t")->articles.empty());
}

TEST(TagStore, QueriesTagsOfFilterAndCounts) {
  TagStore s;
  ASSERT_TRUE(s.assign("A", Ids{"1", "2", "3"}).ok());
  ASSERT_TRUE(s.assign("B", Ids{"2", "3", "4"}).ok());
  EXPECT_EQ(s.tags_of("2"), (Ids{"A", "B"}));
  EXPECT_EQ(s.tags_of("4"), (Ids{"B"}));
  EXPECT_TRUE(s.tags_of("9").empty());
  const Ids all{"4", "3", "2", "1", "5"};
  EXPECT_EQ(s.filter(all, Ids{"a", "b"}, Match::Any), (Ids{"4", "3", "2", "1"}));
  EXPECT_EQ(s.filter(all, Ids{"a", "b"}, Match::All), (Ids{"3", "2"}));
  EXPECT_EQ(s.filter(all, Ids{"a", "nope"}, Match::Any), (Ids{"3", "2", "1"}));
  EXPECT_TRUE(s.filter(all, Ids{"a", "nope"}, Match::All).empty());
  EXPECT_EQ(s.filter(all, Ids{}, Match::All), all);
  EXPECT_EQ(s.counts_within(Ids{"1", "2", "5"}), (std::vector<std::size_t>{2, 1}));
  EXPECT_EQ(assignment_count(s), 6u);
}

TEST(TagStore, RenameKeepsArticlesAndAllowsChangingCase) {
  TagStore s;
  ASSERT_TRUE(s.assign("politik", Ids{"1"}).ok());
  ASSERT_TRUE(s.create_tag("Sport").ok());
  EXPECT_TRUE(s.rename_tag("politik", "Politik").ok());
  EXPECT_EQ(s.tag_at(0).name, "Politik");
  EXPECT_FALSE(s.rename_tag("Politik", "SPORT").ok());
  EXPECT_FALSE(s.rename_tag("missing", "x").ok());
  ASSERT_TRUE(s.rename_tag("Politik", "Innenpolitik").ok());
  EXPECT_EQ(s.tags_of("1"), (Ids{"Innenpolitik"}));
  EXPECT_EQ(s.find_tag("politik"), nullptr);
}

TEST(TagStore, UndoRestoresDeleteRenameRecolorAndUntagAll) {
  TagStore s;
  ASSERT_TRUE(s.assign("Politik", Ids{"1", "2"}).ok());
  const auto color = s.tag_at(0).color;

  ASSERT_TRUE(s.delete_tag("Politik").ok());
  ASSERT_NE(s.undo_label(), nullptr);
  EXPECT_EQ(*s.undo_label(), (Message{Msg::UndoDeleteTag, {"Politik"}}));
  EXPECT_EQ(wortblick::english(*s.undo_label()), "delete tag “Politik”");
  ASSERT_TRUE(s.undo().ok());
  ASSERT_NE(s.find_tag("Politik"), nullptr);
  EXPECT_EQ(s.find_tag("Politik")->articles.size(), 2u);

  ASSERT_TRUE(s.rename_tag("Politik", "Wirtschaft").ok());
  ASSERT_TRUE(s.undo().ok());
  EXPECT_EQ(s.tag_at(0).name, "Politik");

  ASSERT_TRUE(s.recolor_tag("Politik", "#000000").ok());
  ASSERT_TRUE(s.undo().ok());
  EXPECT_EQ(s.tag_at(0).color, color);

  ASSERT_TRUE(s.clear_tag("Politik").ok());
  ASSERT_TRUE(s.undo().ok());
  EXPECT_EQ(s.tags_of("2"), (Ids{"Politik"}));

  ASSERT_TRUE(s.undo().ok());  // the assign that created the tag
  EXPECT_EQ(s.tag_count(), 0u);
  EXPECT_FALSE(s.can_undo());
  EXPECT_FALSE(s.undo().ok());
}

TEST(TagStore, RevisionMovesOnlyWhenSomethingChanged) {
  TagStore s;
  EXPECT_EQ(s.revision(), 0u);
  ASSERT_TRUE(s.create_tag("a", "#111111").ok());
  EXPECT_EQ(s.revision(), 1u);
  ASSERT_TRUE(s.recolor_tag("a", "#111111").ok());
  ASSERT_TRUE(s.rename_tag("A ", "a").ok());
  EXPECT_EQ(s.unassign("a", Ids{"x"}).changed, 0u);
  EXPECT_FALSE(s.create_tag("A").ok());
  EXPECT_EQ(s.revision(), 1u) << "no-ops and failures are not changes";
  EXPECT_EQ(s.undo_depth(), 1u);
  ASSERT_TRUE(s.undo().ok());
  EXPECT_EQ(s.revision(), 2u) << "undo is a change the platform must save";
}

TEST(TagStore, UndoHistoryIsBounded) {
  TagStore s;
  for (std::size_t i = 0; i < limits::kUndoSteps + 10; ++i) ASSERT_TRUE(s.create_tag("t" + std::to_string(i)).ok());
  EXPECT_EQ(s.undo_depth(), limits::kUndoSteps);
  while (s.can_undo()) ASSERT_TRUE(s.undo().ok());
  EXPECT_EQ(s.tag_count(), 10u);
}

TEST(TagStore, TagLimitIsEnforced) {
  TagStore s;
  TagDocument doc;
  for (std::size_t i = 0; i < limits::kTags; ++i) doc.tags.push_back({"t" + std::to_string(i), "#000000", {}});
  ASSERT_TRUE(s.replace_all(doc).ok());
  EXPECT_FALSE(s.create_tag("one more").ok());
  EXPECT_FALSE(s.assign("one more", Ids{"1"}).ok());
  EXPECT_EQ(s.tag_count(), limits::kTags);
}

TEST(TagStore, CategoriesCreateReplaceRenameDelete) {
  TagStore s;
  ASSERT_TRUE(s.set_category("Messenger", Ids{"whatsapp", " threema ", "signal", "whatsapp"}).ok());
  const Category* c = s.find_category("messenger");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->words, (Ids{"whatsapp", "threema", "signal"}));
  EXPECT_FALSE(c->stem);
  EXPECT_EQ(c->color.size(), 7u);
  const auto color = c->color;

  ASSERT_TRUE(s.set_category("MESSENGER", Ids{"telegram"}, true).ok());
  ASSERT_EQ(s.category_count(), 1u);
  EXPECT_EQ(s.category_at(0).name, "Messenger") << "replacing keeps the name as first written";
  EXPECT_EQ(s.category_at(0).words, (Ids{"telegram"}));
  EXPECT_TRUE(s.category_at(0).stem);
  EXPECT_EQ(s.category_at(0).color, color);

  EXPECT_EQ(s.set_category("X", Ids{"ok", ""}).error, (Message{Msg::InvalidText, {"words[1]: word is empty"}}));
  EXPECT_FALSE(s.set_category(" ", Ids{"a"}).ok());
  EXPECT_FALSE(s.set_category("X", Ids{"a"}, false, "blue").ok());
  EXPECT_EQ(s.category_count(), 1u);

  ASSERT_TRUE(s.rename_category("messenger", "Chat").ok());
  ASSERT_TRUE(s.delete_category("chat").ok());
  EXPECT_EQ(s.category_count(), 0u);
  ASSERT_TRUE(s.undo().ok());
  EXPECT_EQ(s.category_at(0).name, "Chat");
}

TEST(TagStore, MergeUnitesSameNamedTagsAndKeepsTheirLook) {
  TagStore s;
  ASSERT_TRUE(s.create_tag("Politik", "#111111").ok());
  ASSERT_TRUE(s.assign("Politik", Ids{"1"}).ok());
  TagDocument doc;
  doc.tags.push_back({"POLITIK", "#222222", {"1", "2"}});
  doc.tags.push_back({"Neu", "", {"3"}});
  const auto r = s.merge(doc);
  ASSERT_TRUE(r.ok()) << english_of(r.error);
  EXPECT_EQ(r.changed, 2u);
  ASSERT_EQ(s.tag_count(), 2u);
  EXPECT_EQ(s.tag_at(0).name, "Politik");
  EXPECT_EQ(s.tag_at(0).color, "#111111");
  EXPECT_EQ(s.tag_at(0).articles.size(), 2u);
  EXPECT_EQ(s.tag_at(1).name, "Neu");
  EXPECT_NE(s.tag_at(1).color, "#111111");
  ASSERT_TRUE(s.undo().ok());
  EXPECT_EQ(s.tag_count(), 1u);
}

}  // namespace
