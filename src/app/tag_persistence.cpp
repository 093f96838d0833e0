// Load, back up and write through the tag store; every problem becomes a visible notice.
#include "app/tag_persistence.h"

#include <string>

#include "core/tags/tag_schema.h"

namespace wortblick::app {
namespace {

// The first free backup key; the payload is kept there untouched.
std::string back_up(KeyValueStorage& storage, const std::string& payload) {
  for (int i = 1; i < 1000; ++i) {
    const std::string key = std::string(kTagsBackupPrefix) + std::to_string(i);
    const StorageRead r = storage.read(key);
    if (!r.error.empty()) return {};
    if (r.value) continue;
    if (storage.write(key, payload).empty()) return key;
    return {};
  }
  return {};
}

}  // namespace

tags::KnownArticles known_articles(const Corpus& corpus) {
  std::vector<std::string> ids;
  ids.reserve(corpus.articles.size());
  for (const auto& a : corpus.articles) ids.push_back(a.id);
  return tags::KnownArticles(std::move(ids));
}

void load_tags(Model& model, KeyValueStorage& storage) {
  TagPersistence& p = model.tag_persistence;
  const StorageRead read = storage.read(kTagsKey);
  if (!read.error.empty()) {
    p.storage_ok = false;
    model.notices.push_back({Notice::Warning, NoticeText::StorageUnavailable, read.error, std::nullopt});
    return;
  }
  tags::LoadResult loaded = tags::load_persisted(read.value, known_articles(model.session.corpus()));
  if (loaded.ok()) {
    model.session.tags() = std::move(loaded.store);
    for (const auto& w : loaded.warnings) model.notices.push_back({Notice::Warning, NoticeText::TagsLoadWarning, w, std::nullopt});
  } else if (loaded.kind != tags::ReadError::Missing) {
    // The unreadable payload is someone's work: keep it before anything can overwrite it.
    const std::string backup = back_up(storage, *read.value);
    if (backup.empty()) {
      p.main_key_protected = true;  // no backup: leave the original in place, work in memory
      model.notices.push_back({Notice::Warning, NoticeText::TagsUnreadableKept, loaded.error, std::nullopt});
    } else {
      model.notices.push_back({Notice::Warning, NoticeText::TagsUnreadableBackedUp, loaded.error + " – " + backup, std::nullopt});
    }
  }
  p.saved_revision = model.session.tags().revision();
}

void save_tags_if_changed(Model& model, KeyValueStorage& storage) {
  TagPersistence& p = model.tag_persistence;
  const auto revision = model.session.tags().revision();
  if (revision == p.saved_revision || !p.storage_ok || p.main_key_protected) return;
  p.saved_revision = revision;
  const std::string error = storage.write(kTagsKey, tags::to_json(model.session.tags()));
  if (error.empty()) {
    if (p.write_failing) model.notices.push_back({Notice::Info, NoticeText::TagsSavedAgain, {}, std::nullopt});
    p.write_failing = false;
  } else if (!p.write_failing) {
    p.write_failing = true;
    model.notices.push_back({Notice::Warning, NoticeText::TagsNotSaved, error, std::nullopt});
  }
}

}  // namespace wortblick::app
