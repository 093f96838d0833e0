// The explorer's look: colors and spacing sized from the font size.
#pragma once

namespace wortblick::app {

// Resets ImGui's style for text `font_size` CSS pixels high.
void apply_theme(float font_size);

}  // namespace wortblick::app
