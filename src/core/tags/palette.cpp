// A fixed palette of distinguishable chip colors that read well on light and dark themes.
#include "core/tags/palette.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace wortblick::tags {
namespace {

constexpr std::array<std::string_view, 12> kPalette = {
    "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4",
    "#f032e6", "#bfef45", "#469990", "#9a6324", "#800000", "#808000",
};

}  // namespace

std::string pick_palette_color(std::span<const std::string> used_colors) {
  for (const auto c : kPalette) {
    if (std::find(used_colors.begin(), used_colors.end(), c) == used_colors.end()) return std::string(c);
  }
  return std::string(kPalette[used_colors.size() % kPalette.size()]);
}

}  // namespace wortblick::tags
