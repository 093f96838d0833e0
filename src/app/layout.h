// Layout rules shared by the views: which layout a width gets, touch-sized controls, dialogs
// that fit the screen, controls that flow onto the next line.
#pragma once

#include <string>

#include "app/model.h"

struct ImVec2;

namespace wortblick::app {

// Widths in CSS px at the standard text size; larger text (zoom, projector) narrows the layout
// as a smaller screen would, so a 1024 px projector gets the one-column layout its type needs.
constexpr float kNarrowBelow = 700.0f;
constexpr float kMediumBelow = 1100.0f;
LayoutMode layout_mode(float css_width, const Display& display);
const char* layout_mode_name(LayoutMode mode);

// Height of buttons and rows a finger must hit: 44 CSS px on touch screens, else ImGui's frame.
float target_height(const Display& display);

// A button as wide as `width` (0: its label) and at least target_height() high.
bool big_button(const Display& display, const char* label, float width = 0.0f);

// ImGui's small button, full size on touch screens.
bool small_button(const Display& display, const char* label);

// Begins a dialog window: centered at its preferred size (in em) where that fits, else filling
// the screen with a finger-sized `close_label` button on top (the title bar's cross is too small
// to hit). Escape closes it too. Returns what ImGui::Begin returns; End() must follow always.
bool begin_dialog(const Display& display, const char* title, bool* open, float width_em, float height_em,
                  const char* close_label);

// Puts the next control on the same line when `next_width` still fits before the pane's edge.
void flow(float next_width);
// The same inside an auto-sizing popup, whose edge is wherever its content ends: the limit is the
// screen's edge instead.
void flow_in_popup(float next_width);
// A dimmed note that wraps at the pane's edge instead of running past it.
void dimmed_wrapped(const char* text);

// The width a checkbox or a button with `label` takes.
float checkbox_width(const char* label);
float button_width(const char* label);

// `text` cut in the middle with "…" so that it fits `max_width` (the view shows the full text on
// hover); unchanged when it fits.
std::string shorten_middle(const std::string& text, float max_width);

}  // namespace wortblick::app
