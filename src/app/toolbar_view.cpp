// The top bar: the app's name and the display settings popup.
#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/fonts.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

void display_settings_popup(const Model& model, Actions& actions) {
  const Display& d = model.display;
  const Lang lang = d.lang;
  ImGui::TextUnformatted(str::kTheme(lang));
  ImGui::SameLine();
  if (ImGui::RadioButton(str::kLight(lang), d.theme == Theme::Light)) actions.push(SetTheme{Theme::Light});
  ImGui::SameLine();
  if (ImGui::RadioButton(str::kDark(lang), d.theme == Theme::Dark)) actions.push(SetTheme{Theme::Dark});

  bool projector = d.projector;
  if (ImGui::Checkbox(str::kProjector(lang), &projector)) actions.push(ToggleProjector{});

  float percent = d.ui_scale * 100.0f;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::SliderFloat(str::kUiScale(lang), &percent, Display::kMinScale * 100, Display::kMaxScale * 100,
                         "%.0f %%")) {
    actions.push(SetUiScale{percent / 100.0f});
  }

  ImGui::TextUnformatted(str::kLanguage(lang));
  ImGui::SameLine();
  if (ImGui::RadioButton("Deutsch", lang == Lang::De)) actions.push(SetLanguage{Lang::De});
  ImGui::SameLine();
  if (ImGui::RadioButton("English", lang == Lang::En)) actions.push(SetLanguage{Lang::En});

  bool chrome = d.show_boilerplate;
  if (ImGui::Checkbox(str::kShowBoilerplate(lang), &chrome)) actions.push(SetShowBoilerplate{chrome});
}

void search_box(const Model& model, ViewState& vs, Actions& actions, float width) {
  const Lang lang = model.display.lang;
  if (vs.focus_search) {
    ImGui::SetKeyboardFocusHere();
    vs.focus_search = false;
  }
  // ImGui's own Escape handling deactivates the field first, so the key is read before it.
  const bool was_active = ImGui::GetActiveID() == ImGui::GetID("##search");
  const bool escape = was_active && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
  const bool enter = was_active && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
  ImGui::SetNextItemWidth(width);
  // Focusing the box selects its text, so typing a new query replaces the old one.
  if (ImGui::InputTextWithHint("##search", str::kSearchHint(lang), &vs.query_input,
                               ImGuiInputTextFlags_AutoSelectAll) &&
      !escape) {
    actions.push(SetQuery{vs.query_input});
  }
  if (enter) actions.push(NextHit{ImGui::GetIO().KeyShift});
  if (escape) {
    vs.query_input.clear();
    actions.push(SetQuery{""});
  }
  ImGui::SameLine();
  if (ImGui::Button("?")) ImGui::OpenPopup("query-help");
  if (ImGui::BeginPopup("query-help")) {
    ImGui::PushFont(title_font());
    ImGui::TextUnformatted(str::kHelpTitle(lang));
    ImGui::PopFont();
    ImGui::TextUnformatted(str::kHelpText(lang));
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  bool stem = model.search.stem;
  if (ImGui::Checkbox(str::kStemming(lang), &stem)) actions.push(SetStemming{stem});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", str::kStemmingHelp(lang));
}

}  // namespace

void toolbar_view(const Model& model, ViewState& vs, Actions& actions) {
  ImGui::PushFont(title_font());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Wortblick");
  ImGui::PopFont();
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  // The search box takes what the buttons on both sides leave, up to 22 em.
  const ImGuiStyle& st = ImGui::GetStyle();
  const float right_buttons = ImGui::CalcTextSize(str::kManageTags(model.display.lang)).x +
                              ImGui::CalcTextSize(str::kDisplay(model.display.lang)).x +
                              ImGui::CalcTextSize(str::kAddTextButton(model.display.lang)).x + st.FramePadding.x * 6 +
                              st.ItemSpacing.x * 3;
  const float after_box = ImGui::GetFrameHeight() * 2 + ImGui::CalcTextSize(str::kStemming(model.display.lang)).x +
                          st.ItemSpacing.x * 3 + st.ItemInnerSpacing.x;
  const float room = ImGui::GetContentRegionAvail().x - right_buttons - after_box - ImGui::GetFontSize();
  search_box(model, vs, actions, std::clamp(room, ImGui::GetFontSize() * 6, ImGui::GetFontSize() * 22));

  const char* label = str::kDisplay(model.display.lang);
  const char* tags_label = str::kManageTags(model.display.lang);
  const char* add_label = str::kAddTextButton(model.display.lang);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button_w = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
  const float tags_w = ImGui::CalcTextSize(tags_label).x + style.FramePadding.x * 2;
  const float add_w = ImGui::CalcTextSize(add_label).x + style.FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - button_w - tags_w - add_w - style.ItemSpacing.x * 2);
  if (ImGui::Button(add_label)) actions.push(ShowAddText{!model.show_add_text});
  ImGui::SameLine();
  if (ImGui::Button(tags_label)) actions.push(ShowTagManager{!model.show_tag_manager});
  ImGui::SameLine();
  if (ImGui::Button(label)) ImGui::OpenPopup("display-settings");
  if (ImGui::BeginPopup("display-settings")) {
    display_settings_popup(model, actions);
    ImGui::EndPopup();
  }
}

}  // namespace wortblick::app
