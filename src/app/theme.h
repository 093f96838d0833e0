// The explorer's look: light, dark and projector colors, spacing sized from the font size.
#pragma once

#include "app/model.h"

namespace wortblick::app {

// Resets ImGui's style for the display settings (theme, projector mode, font size).
void apply_theme(const Display& display);

// Colors the views use beyond ImGui's own: dimmed page chrome, comment text, accents.
struct Palette {
  unsigned int chrome_text;   // ImU32
  unsigned int comment_text;
  unsigned int accent;
  unsigned int hit;          // background of search hits
  unsigned int current_hit;  // the hit Enter/F3 went to
};
Palette palette(const Display& display);

}  // namespace wortblick::app
