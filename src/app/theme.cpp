// Light and dark themes with generous spacing, and a high-contrast projector variant.
#include "app/theme.h"

#include <imgui.h>

namespace wortblick::app {
namespace {

void light_colors(ImVec4* c) {
  c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
  c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.98f);
  c[ImGuiCol_Text] = ImVec4(0.10f, 0.10f, 0.12f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.42f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.26f, 0.52f, 0.90f, 0.25f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.26f, 0.52f, 0.90f, 0.40f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.26f, 0.52f, 0.90f, 0.55f);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0.0f, 0.0f, 0.0f, 0.03f);
  // Checkboxes, radio buttons and fields must stand out from white popups and panes.
  c[ImGuiCol_FrameBg] = ImVec4(0.89f, 0.90f, 0.92f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.80f, 0.86f, 0.96f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 0.22f);
}

void dark_colors(ImVec4* c) {
  c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.11f, 0.13f, 1.0f);
  c[ImGuiCol_ChildBg] = ImVec4(0.14f, 0.14f, 0.16f, 1.0f);
  c[ImGuiCol_PopupBg] = ImVec4(0.16f, 0.16f, 0.19f, 0.98f);
  c[ImGuiCol_Text] = ImVec4(0.92f, 0.92f, 0.90f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.60f, 0.60f, 0.62f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.30f, 0.50f, 0.85f, 0.35f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.30f, 0.50f, 0.85f, 0.50f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.30f, 0.50f, 0.85f, 0.65f);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(1.0f, 1.0f, 1.0f, 0.03f);
}

// Projectors wash out mid-tones: pure black on white, strong borders, no subtle stripes.
void projector_colors(ImVec4* c, bool dark) {
  const ImVec4 fg = dark ? ImVec4(1, 1, 1, 1) : ImVec4(0, 0, 0, 1);
  const ImVec4 bg = dark ? ImVec4(0, 0, 0, 1) : ImVec4(1, 1, 1, 1);
  c[ImGuiCol_Text] = fg;
  c[ImGuiCol_TextDisabled] = dark ? ImVec4(0.75f, 0.75f, 0.75f, 1) : ImVec4(0.30f, 0.30f, 0.30f, 1);
  c[ImGuiCol_WindowBg] = bg;
  c[ImGuiCol_ChildBg] = bg;
  c[ImGuiCol_Border] = fg;
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Header] = dark ? ImVec4(0.2f, 0.4f, 1.0f, 0.6f) : ImVec4(0.0f, 0.3f, 0.9f, 0.30f);
}

}  // namespace

void apply_theme(const Display& display) {
  const bool dark = display.theme == Theme::Dark;
  ImGuiStyle style;
  if (dark) {
    ImGui::StyleColorsDark(&style);
    dark_colors(style.Colors);
  } else {
    ImGui::StyleColorsLight(&style);
    light_colors(style.Colors);
  }
  if (display.projector) projector_colors(style.Colors, dark);
  style.WindowRounding = 0.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.WindowPadding = ImVec2(10, 10);
  style.FramePadding = ImVec2(6, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 4);
  style.ScrollbarSize = 16.0f;
  style.ChildBorderSize = display.projector ? 2.0f : 1.0f;
  style.FrameBorderSize = 1.0f;
  if (display.touch) {
    // Fingers are wider than pointers: roomier controls and an invisible margin around each.
    style.FramePadding = ImVec2(10, 9.5f);  // 18 px text + 2 × 9.5 × 18/13: a 44 px target
    style.ItemSpacing = ImVec2(10, 10);
    style.ScrollbarSize = 24.0f;
    style.TouchExtraPadding = ImVec2(6, 6);
  }
  // ImGui's defaults are tuned for 13 px text; spacing grows with the text.
  style.ScaleAllSizes(display.font_size() / 13.0f);
  ImGui::GetStyle() = style;
}

Palette palette(const Display& display) {
  const bool dark = display.theme == Theme::Dark;
  return Palette{
      dark ? IM_COL32(150, 150, 155, 255) : IM_COL32(125, 125, 130, 255),
      dark ? IM_COL32(190, 205, 230, 255) : IM_COL32(40, 60, 110, 255),
      dark ? IM_COL32(110, 160, 255, 255) : IM_COL32(30, 90, 200, 255),
      dark ? IM_COL32(150, 120, 20, 255) : IM_COL32(255, 230, 120, 255),
      dark ? IM_COL32(220, 110, 20, 255) : IM_COL32(255, 165, 60, 255),
  };
}

}  // namespace wortblick::app
