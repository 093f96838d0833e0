// The top bar: the app's name, the search box, and the buttons (or, where they do not fit, one menu).
#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "app/fonts.h"
#include "app/layout.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

// Radio buttons flow onto the next line on a phone instead of running past the popup's edge.
void display_settings_popup(const Model& model, Actions& actions) {
  const Display& d = model.display;
  const Lang lang = d.lang;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str::kTheme(lang));
  flow_in_popup(checkbox_width(str::kLight(lang)));
  if (ImGui::RadioButton(str::kLight(lang), d.theme == Theme::Light)) actions.push(SetTheme{Theme::Light});
  flow_in_popup(checkbox_width(str::kDark(lang)));
  if (ImGui::RadioButton(str::kDark(lang), d.theme == Theme::Dark)) actions.push(SetTheme{Theme::Dark});

  bool projector = d.projector;
  if (ImGui::Checkbox(str::kProjector(lang), &projector)) actions.push(ToggleProjector{});

  const float em = ImGui::GetFontSize();
  const float screen = ImGui::GetMainViewport()->WorkSize.x - 4.0f * em;
  float percent = d.ui_scale * 100.0f;
  const float label_w = ImGui::CalcTextSize(str::kUiScale(lang)).x + ImGui::GetStyle().ItemInnerSpacing.x;
  if (em * 12 + label_w > screen) {
    // No room beside the slider: its name goes above it.
    ImGui::TextUnformatted(str::kUiScale(lang));
    ImGui::SetNextItemWidth(std::min(em * 16, screen));
    if (ImGui::SliderFloat("##ui-scale", &percent, Display::kMinScale * 100, Display::kMaxScale * 100, "%.0f %%")) {
      actions.push(SetUiScale{percent / 100.0f});
    }
  } else {
    ImGui::SetNextItemWidth(em * 12);
    if (ImGui::SliderFloat(str::kUiScale(lang), &percent, Display::kMinScale * 100, Display::kMaxScale * 100,
                           "%.0f %%")) {
      actions.push(SetUiScale{percent / 100.0f});
    }
  }

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str::kLanguage(lang));
  flow_in_popup(checkbox_width("Deutsch"));
  if (ImGui::RadioButton("Deutsch", lang == Lang::De)) actions.push(SetLanguage{Lang::De});
  flow_in_popup(checkbox_width("English"));
  if (ImGui::RadioButton("English", lang == Lang::En)) actions.push(SetLanguage{Lang::En});

  bool chrome = d.show_boilerplate;
  if (ImGui::Checkbox(str::kShowBoilerplate(lang), &chrome)) actions.push(SetShowBoilerplate{chrome});
}

// The query language as term and explanation, one below the other where the screen is narrow.
void query_help(const Model& model) {
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  const float width = std::min(34.0f * em, ImGui::GetMainViewport()->WorkSize.x - 3.0f * em);
  ImGui::PushFont(title_font());
  ImGui::TextUnformatted(str::kHelpTitle(lang));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  const std::string_view help = str::kHelpText(lang);
  std::size_t start = 0;
  const bool columns = width > 26.0f * em;
  while (start <= help.size()) {
    std::size_t end = help.find('\n', start);
    if (end == std::string_view::npos) end = help.size();
    const std::string_view line = help.substr(start, end - start);
    // "term   explanation": the strings align them with spaces; a proportional font needs columns.
    const std::size_t gap = line.find("  ");
    if (gap == std::string_view::npos) {
      ImGui::TextWrapped("%.*s", static_cast<int>(line.size()), line.data());
    } else {
      const std::size_t text = line.find_first_not_of(' ', gap);
      ImGui::Text("%.*s", static_cast<int>(gap), line.data());
      if (columns) ImGui::SameLine(11.0f * em);
      const std::string_view rest = line.substr(text);
      ImGui::TextWrapped("%.*s", static_cast<int>(rest.size()), rest.data());
    }
    start = end + 1;
  }
  ImGui::PopTextWrapPos();
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
}

void stemming_checkbox(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  bool stem = model.search.stem;
  if (ImGui::Checkbox(str::kStemming(lang), &stem)) actions.push(SetStemming{stem});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", str::kStemmingHelp(lang));
}

// Everything the full toolbar shows beside the search box, as one column of finger-sized entries.
void compact_menu(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  const Display& d = model.display;
  const ImGuiStyle& st = ImGui::GetStyle();
  // A popup keeps DisplaySafeAreaPadding off the screen's edges and WindowPadding inside.
  const float width = std::min(22.0f * ImGui::GetFontSize(), ImGui::GetMainViewport()->WorkSize.x -
                                                                 2.0f * (st.WindowPadding.x + st.DisplaySafeAreaPadding.x) - 2.0f);
  if (big_button(d, str::kAddTextButton(lang), width)) {
    actions.push(ShowAddText{true});
    ImGui::CloseCurrentPopup();
  }
  if (big_button(d, str::kManageTags(lang), width)) {
    actions.push(ShowTagManager{true});
    ImGui::CloseCurrentPopup();
  }
  if (big_button(d, str::kShareTitle(lang), width)) {
    actions.push(ShowShare{true});
    ImGui::CloseCurrentPopup();
  }
  if (big_button(d, str::kQueryHelp(lang), width)) ImGui::OpenPopup("query-help");
  if (ImGui::BeginPopup("query-help")) {
    query_help(model);
    ImGui::EndPopup();
  }
  stemming_checkbox(model, actions);
  ImGui::Separator();
  ImGui::TextDisabled("%s", str::kDisplay(lang));
  display_settings_popup(model, actions);
}

}  // namespace

void toolbar_view(const Model& model, ViewState& vs, Actions& actions, LayoutMode mode) {
  const Lang lang = model.display.lang;
  const ImGuiStyle& st = ImGui::GetStyle();
  const float em = ImGui::GetFontSize();
  const float button_pad = st.FramePadding.x * 2;
  const float right_buttons = ImGui::CalcTextSize(str::kManageTags(lang)).x + ImGui::CalcTextSize(str::kDisplay(lang)).x +
                              ImGui::CalcTextSize(str::kAddTextButton(lang)).x + ImGui::CalcTextSize(str::kShareTitle(lang)).x +
                              button_pad * 4 + st.ItemSpacing.x * 4;
  const float after_box = ImGui::GetFrameHeight() * 2 + ImGui::CalcTextSize(str::kStemming(lang)).x +
                          st.ItemSpacing.x * 3 + st.ItemInnerSpacing.x;
  ImGui::PushFont(title_font());
  const float title_w = ImGui::CalcTextSize("Wortblick").x;
  ImGui::PopFont();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float room = avail - title_w - em * 1.5f - right_buttons - after_box - em;
  // The full row needs a usable search box; otherwise the buttons go into one menu.
  const bool full = mode == LayoutMode::Wide && room >= em * 12;

  if (mode != LayoutMode::Narrow) {
    ImGui::PushFont(title_font());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Wortblick");
    ImGui::PopFont();
    ImGui::SameLine(0, em * 1.5f);
  }
  if (!full) {
    const float menu_w = ImGui::CalcTextSize(str::kMenu(lang)).x + button_pad;
    search_box(model, vs, actions, ImGui::GetContentRegionAvail().x - menu_w - st.ItemSpacing.x);
    ImGui::SameLine();
    if (big_button(model.display, str::kMenu(lang))) ImGui::OpenPopup("menu");
    if (ImGui::BeginPopup("menu")) {
      compact_menu(model, actions);
      ImGui::EndPopup();
    }
    return;
  }
  search_box(model, vs, actions, std::min(room, em * 22));
  ImGui::SameLine();
  if (ImGui::Button("?")) ImGui::OpenPopup("query-help");
  if (ImGui::BeginPopup("query-help")) {
    query_help(model);
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  stemming_checkbox(model, actions);

  const char* label = str::kDisplay(lang);
  const char* tags_label = str::kManageTags(lang);
  const char* add_label = str::kAddTextButton(lang);
  const float button_w = ImGui::CalcTextSize(label).x + button_pad;
  const float tags_w = ImGui::CalcTextSize(tags_label).x + button_pad;
  const float add_w = ImGui::CalcTextSize(add_label).x + button_pad;
  const char* share_label = str::kShareTitle(lang);
  const float share_w = ImGui::CalcTextSize(share_label).x + button_pad;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - button_w - tags_w - add_w - share_w - st.ItemSpacing.x * 3);
  if (ImGui::Button(share_label)) actions.push(ShowShare{true});
  ImGui::SameLine();
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
