// The default colors given to new tags and categories when the user picks none.
#pragma once

#include <span>
#include <string>

namespace wortblick::tags {

// The first palette color no one uses yet, so neighbouring chips differ; when all are taken,
// the palette repeats in order (by how many colors are in use).
std::string pick_palette_color(std::span<const std::string> used_colors);

}  // namespace wortblick::tags
