// A calm light theme with generous spacing, readable from the back of a classroom.
#include "app/theme.h"

#include <imgui.h>

namespace wortblick::app {

void apply_theme(float font_size) {
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.WindowPadding = ImVec2(10, 10);
  style.FramePadding = ImVec2(6, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 4);
  style.ScrollbarSize = 16.0f;
  // ImGui's defaults are tuned for 13 px text; spacing grows with the text.
  style.ScaleAllSizes(font_size / 13.0f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
  c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Text] = ImVec4(0.10f, 0.10f, 0.12f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.42f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.26f, 0.52f, 0.90f, 0.25f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.26f, 0.52f, 0.90f, 0.40f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.26f, 0.52f, 0.90f, 0.55f);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0.0f, 0.0f, 0.0f, 0.03f);
  ImGui::GetStyle() = style;
}

}  // namespace wortblick::app
