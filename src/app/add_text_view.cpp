// The "add text" dialog: paste a text (or drop .txt files on the page) to explore it with the corpus.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/layout.h"
#include "app/views.h"

namespace wortblick::app {

void add_text_view(const Model& model, ViewState& vs, Actions& actions) {
  vs.multiline_active = false;
  if (!model.show_add_text) return;
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  bool open = true;
  if (begin_dialog(model.display, str::kAddTextTitle(lang), &open, 36, 24, str::kClose(lang))) {
    ImGui::TextWrapped("%s", str::kAddTextHelp(lang));
    ImGui::SetNextItemWidth(std::min(em * 16, ImGui::GetContentRegionAvail().x));
    ImGui::InputTextWithHint("##name", str::kTextName(lang), &vs.add_text_name);
    const float button_h = target_height(model.display) + ImGui::GetStyle().ItemSpacing.y;
    ImGui::InputTextMultiline("##body", &vs.add_text_body, ImVec2(-1, ImGui::GetContentRegionAvail().y - button_h));
    vs.multiline_active = ImGui::IsItemActive();
    ImGui::BeginDisabled(vs.add_text_body.empty());
    if (big_button(model.display, str::kAdd(lang))) {
      std::string name = vs.add_text_name.empty() ? "text.txt" : vs.add_text_name;
      if (name.find('.') == std::string::npos) name += ".txt";
      actions.push(AddTexts{{search::NewText{name, vs.add_text_body}}});
      vs.add_text_body.clear();
      vs.add_text_name.clear();
      actions.push(ShowAddText{false});
    }
    ImGui::EndDisabled();
  }
  ImGui::End();
  if (!open) actions.push(ShowAddText{false});
}

}  // namespace wortblick::app
