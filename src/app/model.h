// The app's single model object: the workspace and everything the views show about it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/strings.h"
#include "core/workspace.h"

namespace wortblick::app {

enum class View { Reader };
enum class Theme { Light, Dark };

struct Display {
  Theme theme = Theme::Light;
  float ui_scale = 1.0f;  // Ctrl+= / Ctrl+-, 0.6 to 2.5
  bool projector = false; // large type, high contrast, fewer panels
  Lang lang = Lang::De;
  bool show_boilerplate = false;  // page chrome in the reader, dimmed

  static constexpr float kBaseFontSize = 18.0f;  // CSS px at scale 1
  static constexpr float kMinScale = 0.6f;
  static constexpr float kMaxScale = 2.5f;
  float font_size() const { return kBaseFontSize * ui_scale * (projector ? 1.5f : 1.0f); }
};

// Something the user must know about (storage trouble, repaired input), shown until dismissed.
enum class NoticeText {
  StorageUnavailable,
  TagsLoadWarning,
  TagsUnreadableBackedUp,
  TagsUnreadableKept,
  TagsNotSaved,
  TagsSavedAgain,
};
struct Notice {
  enum Level { Info, Warning } level;
  NoticeText text;
  std::string detail;
};

// Where the tags stand in browser storage (see tag_persistence.h).
struct TagPersistence {
  std::uint64_t saved_revision = 0;
  bool storage_ok = true;           // false: storage unreadable, tags live in memory only
  bool main_key_protected = false;  // an unreadable payload could not be backed up: never overwrite it
  bool write_failing = false;       // the last write failed (quota, disabled storage)
};

struct Model {
  Workspace workspace;
  View view = View::Reader;
  std::optional<std::size_t> selected_article;  // index into workspace.corpus.articles
  Display display;
  std::vector<Notice> notices;
  TagPersistence tag_persistence;
  std::uint64_t revision = 0;  // bumped by every applied action, so the platform can react

  float device_pixel_ratio = 1.0f;  // what the fonts are rasterized for (set by the platform)
};

Model make_model(Workspace workspace);

}  // namespace wortblick::app
