// Tags survive in storage; unreadable payloads are backed up, storage faults become notices, nothing is lost.
#include "app/tag_persistence.h"

#include <gtest/gtest.h>

#include "app/actions.h"
#include "core/tags/tag_schema.h"

namespace {

using namespace wortblick;

// Storage whose reads or writes fail, as localStorage does when disabled or full.
class FaultyStorage : public app::MemoryStorage {
 public:
  bool fail_reads = false;
  bool fail_writes = false;
  app::StorageRead read(std::string_view key) override {
    if (fail_reads) return {std::nullopt, "SecurityError: storage disabled"};
    return MemoryStorage::read(key);
  }
  std::string write(std::string_view key, std::string_view value) override {
    if (fail_writes) return "QuotaExceededError";
    return MemoryStorage::write(key, value);
  }
};

app::Model fresh_model() { return app::make_model(Session()); }

std::string first_id(const app::Model& m) { return m.session.corpus().articles.at(0).id; }

TEST(TagPersistence, TagsWrittenThroughAreLoadedByTheNextSession) {
  app::MemoryStorage storage;
  auto model = fresh_model();
  app::load_tags(model, storage);
  EXPECT_TRUE(model.notices.empty());
  const std::string id = first_id(model);
  ASSERT_TRUE(model.session.tags().assign("Datenschutz", std::vector<std::string>{id}).ok());
  app::save_tags_if_changed(model, storage);
  ASSERT_TRUE(storage.read(app::kTagsKey).value.has_value());

  auto next = fresh_model();
  app::load_tags(next, storage);
  ASSERT_NE(next.session.tags().find_tag("Datenschutz"), nullptr);
  EXPECT_EQ(next.session.tags().tags_of(id), std::vector<std::string>{"Datenschutz"});
  EXPECT_TRUE(next.notices.empty());
}

TEST(TagPersistence, UnreadablePayloadIsBackedUpAndReported) {
  app::MemoryStorage storage;
  ASSERT_EQ(storage.write(app::kTagsKey, "{not json"), "");
  auto model = fresh_model();
  app::load_tags(model, storage);
  ASSERT_EQ(model.notices.size(), 1u);
  EXPECT_EQ(model.notices[0].text, app::NoticeText::TagsUnreadableBackedUp);
  EXPECT_EQ(storage.read(std::string(app::kTagsBackupPrefix) + "1").value, "{not json");
  EXPECT_EQ(model.session.tags().tag_count(), 0u);

  // A second corrupt payload gets its own backup; the first stays.
  ASSERT_EQ(storage.write(app::kTagsKey, "[1,2"), "");
  auto again = fresh_model();
  app::load_tags(again, storage);
  EXPECT_EQ(storage.read(std::string(app::kTagsBackupPrefix) + "1").value, "{not json");
  EXPECT_EQ(storage.read(std::string(app::kTagsBackupPrefix) + "2").value, "[1,2");
}

TEST(TagPersistence, NewerVersionIsKeptNotOverwritten) {
  app::MemoryStorage storage;
  const std::string newer = R"({"format":"wortblick-tags","version":99,"tags":[]})";
  ASSERT_EQ(storage.write(app::kTagsKey, newer), "");
  auto model = fresh_model();
  app::load_tags(model, storage);
  ASSERT_FALSE(model.notices.empty());
  EXPECT_EQ(storage.read(std::string(app::kTagsBackupPrefix) + "1").value, newer);
}

TEST(TagPersistence, UnbackupablePayloadIsNeverOverwritten) {
  FaultyStorage storage;
  ASSERT_EQ(storage.write(app::kTagsKey, "garbage"), "");
  storage.fail_writes = true;
  auto model = fresh_model();
  app::load_tags(model, storage);
  ASSERT_EQ(model.notices.size(), 1u);
  EXPECT_EQ(model.notices[0].text, app::NoticeText::TagsUnreadableKept);
  storage.fail_writes = false;
  ASSERT_TRUE(model.session.tags().create_tag("Neu").ok());
  app::save_tags_if_changed(model, storage);
  EXPECT_EQ(storage.read(app::kTagsKey).value, "garbage");
}

TEST(TagPersistence, DisabledStorageKeepsWorkingInMemory) {
  FaultyStorage storage;
  storage.fail_reads = true;
  auto model = fresh_model();
  app::load_tags(model, storage);
  ASSERT_EQ(model.notices.size(), 1u);
  EXPECT_EQ(model.notices[0].text, app::NoticeText::StorageUnavailable);
  ASSERT_TRUE(model.session.tags().create_tag("Werbung").ok());
  app::save_tags_if_changed(model, storage);
  EXPECT_NE(model.session.tags().find_tag("Werbung"), nullptr);
}

TEST(TagPersistence, FullStorageIsReportedOnceAndRetried) {
  FaultyStorage storage;
  auto model = fresh_model();
  app::load_tags(model, storage);
  storage.fail_writes = true;
  ASSERT_TRUE(model.session.tags().create_tag("A").ok());
  app::save_tags_if_changed(model, storage);
  ASSERT_TRUE(model.session.tags().create_tag("B").ok());
  app::save_tags_if_changed(model, storage);
  ASSERT_EQ(model.notices.size(), 1u);
  EXPECT_EQ(model.notices[0].text, app::NoticeText::TagsNotSaved);
  EXPECT_EQ(model.notices[0].detail, "QuotaExceededError");

  storage.fail_writes = false;
  ASSERT_TRUE(model.session.tags().create_tag("C").ok());
  app::save_tags_if_changed(model, storage);
  const auto saved = storage.read(app::kTagsKey).value;
  ASSERT_TRUE(saved.has_value());
  EXPECT_NE(saved->find("\"B\""), std::string::npos);  // nothing from the failed writes is lost
  EXPECT_EQ(model.notices.back().text, app::NoticeText::TagsSavedAgain);
  app::apply(model, app::DismissNotice{0});
  EXPECT_EQ(model.notices.size(), 1u);
}

}  // namespace
