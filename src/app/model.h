// The app's single model object: the corpus and everything the views show about it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/workspace.h"

namespace wortblick::app {

struct Model {
  Workspace workspace;
  std::optional<std::size_t> selected_article;  // index into corpus.articles

  // Display: the device pixel ratio the fonts were rasterized for, and the text size in CSS px.
  float device_pixel_ratio = 1.0f;
  float font_size = 18.0f;
};

Model make_model(Workspace workspace);

}  // namespace wortblick::app
