// Layout rules shared by the views (see layout.h).
#include "app/layout.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

namespace wortblick::app {

LayoutMode layout_mode(float css_width, const Display& display) {
  const float text_scale = display.font_size() / Display::kBaseFontSize;
  const float width = css_width / std::max(text_scale, 0.01f);
  if (width < kNarrowBelow) return LayoutMode::Narrow;
  if (width < kMediumBelow) return LayoutMode::Medium;
  return LayoutMode::Wide;
}

const char* layout_mode_name(LayoutMode mode) {
  switch (mode) {
    case LayoutMode::Narrow: return "narrow";
    case LayoutMode::Medium: return "medium";
    case LayoutMode::Wide: return "wide";
  }
  return "wide";
}

float target_height(const Display& display) {
  return std::max(ImGui::GetFrameHeight(), display.touch ? 44.0f : 0.0f);
}

bool big_button(const Display& display, const char* label, float width) {
  return ImGui::Button(label, ImVec2(width, target_height(display)));
}

bool small_button(const Display& display, const char* label) {
  return display.touch ? big_button(display, label) : ImGui::SmallButton(label);
}

bool begin_dialog(const Display& display, const char* title, bool* open, float width_em, float height_em,
                  const char* close_label) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float em = ImGui::GetFontSize();
  const ImVec2 want(width_em * em, height_em * em);
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
  const bool full_screen = want.x > vp->WorkSize.x * 0.95f || want.y > vp->WorkSize.y * 0.95f;
  if (full_screen) {
    // A phone: the dialog is the screen, as a native app's sheet would be.
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    flags |= ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize;
  } else {
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(want, ImGuiCond_Appearing);
  }
  const bool shown = ImGui::Begin(title, open, flags);
  if (!shown) return false;
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !ImGui::IsAnyItemActive() &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    *open = false;
  }
  if (full_screen && big_button(display, close_label, -FLT_MIN)) *open = false;
  return true;
}

void flow(float next_width) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width < right) ImGui::SameLine();
}

void flow_in_popup(float next_width) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImGuiStyle& st = ImGui::GetStyle();
  const float right = vp->WorkPos.x + vp->WorkSize.x - st.WindowPadding.x - st.DisplaySafeAreaPadding.x * 2;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width < right) ImGui::SameLine();
}

void dimmed_wrapped(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

float checkbox_width(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
}

std::string shorten_middle(const std::string& text, float max_width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= max_width) return text;
  // Cut at UTF-8 character starts, keeping as much of both ends as fits around "…".
  std::size_t keep = text.size();
  while (keep > 0) {
    --keep;
    std::size_t head = (keep + 1) / 2, tail = keep / 2;
    while (head > 0 && (static_cast<unsigned char>(text[head]) & 0xC0) == 0x80) --head;
    std::size_t tail_at = text.size() - tail;
    while (tail_at < text.size() && (static_cast<unsigned char>(text[tail_at]) & 0xC0) == 0x80) ++tail_at;
    std::string s = text.substr(0, head) + "…" + text.substr(tail_at);
    if (ImGui::CalcTextSize(s.c_str()).x <= max_width || keep == 0) return s;
  }
  return "…";
}

}  // namespace wortblick::app
