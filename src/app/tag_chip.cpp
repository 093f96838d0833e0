// Draws tag chips with ImGui's draw list.
#include "app/tag_chip.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

namespace wortblick::app {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

unsigned int color_from_hex(std::string_view hex) {
  if (hex.size() != 7 || hex[0] != '#') return IM_COL32(150, 150, 150, 255);
  int v[6];
  for (int i = 0; i < 6; ++i) {
    v[i] = hex_digit(hex[static_cast<std::size_t>(i) + 1]);
    if (v[i] < 0) return IM_COL32(150, 150, 150, 255);
  }
  return IM_COL32(v[0] * 16 + v[1], v[2] * 16 + v[3], v[4] * 16 + v[5], 255);
}

bool tag_chip(std::string_view name, std::string_view color, bool selected, std::string_view suffix) {
  std::string label(name);
  if (!suffix.empty()) label.append(" ").append(suffix);
  const ImU32 bg = color_from_hex(color);
  // Perceived brightness decides the text color, so every palette color stays readable.
  const float r = static_cast<float>(bg & 0xFF), g = static_cast<float>((bg >> 8) & 0xFF),
              b = static_cast<float>((bg >> 16) & 0xFF);
  const bool light = 0.299f * r + 0.587f * g + 0.114f * b > 150.0f;
  const ImVec2 pad(ImGui::GetFontSize() * 0.45f, ImGui::GetFontSize() * 0.12f);
  const ImVec2 text = ImGui::CalcTextSize(label.c_str());
  const ImVec2 size(text.x + pad.x * 2, text.y + pad.y * 2);
  ImGui::PushID(label.c_str());
  const bool clicked = ImGui::InvisibleButton("##chip", size);
  const ImVec2 p0 = ImGui::GetItemRectMin();
  const ImVec2 p1 = ImGui::GetItemRectMax();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p0, p1, bg, size.y * 0.5f);
  if (selected || ImGui::IsItemHovered()) {
    dl->AddRect(p0, p1, ImGui::GetColorU32(ImGuiCol_Text), size.y * 0.5f, 0, selected ? 2.5f : 1.0f);
  }
  dl->AddText(ImVec2(p0.x + pad.x, p0.y + pad.y), light ? IM_COL32(20, 20, 20, 255) : IM_COL32(255, 255, 255, 255),
              label.c_str());
  ImGui::PopID();
  return clicked;
}

std::string new_tag_field(const char* hint, std::string& buffer) {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  if (!ImGui::InputTextWithHint("##new-tag", hint, &buffer, ImGuiInputTextFlags_EnterReturnsTrue) || buffer.empty()) {
    return {};
  }
  std::string name = std::move(buffer);
  buffer.clear();
  ImGui::CloseCurrentPopup();
  return name;
}

}  // namespace wortblick::app
