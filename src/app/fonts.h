// The embedded UI fonts, rasterized for the screen's device pixel ratio so text stays crisp.
#pragma once

#include <string>
#include <string_view>

struct ImFont;

namespace wortblick::app {

// Rebuilds ImGui's font atlas: text `size` CSS pixels high on a screen with `device_pixel_ratio`.
// The renderer must upload the atlas texture again afterwards.
void load_fonts(float size, float device_pixel_ratio);

// The characters of `utf8` that the UI fonts cannot draw (they would show as '?'), in order.
std::string missing_glyphs(std::string_view utf8);

// The font for article titles (bold, larger); the default font is the body text.
ImFont* title_font();

}  // namespace wortblick::app
