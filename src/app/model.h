// The app's single model object: the workspace and everything the views show about it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

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

struct Model {
  Workspace workspace;
  View view = View::Reader;
  std::optional<std::size_t> selected_article;  // index into workspace.corpus.articles
  Display display;
  std::uint64_t revision = 0;  // bumped by every applied action, so the platform can react

  float device_pixel_ratio = 1.0f;  // what the fonts are rasterized for (set by the platform)
};

Model make_model(Workspace workspace);

}  // namespace wortblick::app
