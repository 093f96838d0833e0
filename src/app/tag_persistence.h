// Tags and categories kept in browser storage: loaded before the first frame, written through on change.
#pragma once

#include "app/key_value_storage.h"
#include "app/model.h"
#include "core/tags/known_articles.h"

namespace wortblick::app {

// One versioned key holds everything (the payload names its format and version).
inline constexpr std::string_view kTagsKey = "wortblick.tags";
// Payloads that cannot be read go to "wortblick.tags.backup.1", ".2", ... and are never overwritten.
inline constexpr std::string_view kTagsBackupPrefix = "wortblick.tags.backup.";

// The ids of every article in the corpus, for checking saved and imported tags.
tags::KnownArticles known_articles(const Corpus& corpus);

// Loads the saved tags into the model. A missing payload starts clean silently; an unreadable or
// wrong-version one is copied to a backup key first and reported; unreadable storage is reported
// and the app works in memory.
void load_tags(Model& model, KeyValueStorage& storage);

// Writes the tags when they changed since the last write; a failed write is reported once and
// retried on the next change, and the tags stay in memory.
void save_tags_if_changed(Model& model, KeyValueStorage& storage);

}  // namespace wortblick::app
