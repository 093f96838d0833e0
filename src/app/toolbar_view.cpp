// The top bar: the app's name and the display settings popup.
#include <imgui.h>

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

}  // namespace

void toolbar_view(const Model& model, Actions& actions) {
  ImGui::PushFont(title_font());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Wortblick");
  ImGui::PopFont();

  const char* label = str::kDisplay(model.display.lang);
  const char* tags_label = str::kManageTags(model.display.lang);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button_w = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
  const float tags_w = ImGui::CalcTextSize(tags_label).x + style.FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - button_w - tags_w - style.ItemSpacing.x);
  if (ImGui::Button(tags_label)) actions.push(ShowTagManager{!model.show_tag_manager});
  ImGui::SameLine();
  if (ImGui::Button(label)) ImGui::OpenPopup("display-settings");
  if (ImGui::BeginPopup("display-settings")) {
    display_settings_popup(model, actions);
    ImGui::EndPopup();
  }
}

}  // namespace wortblick::app
