// The "add text" dialog: paste a text (or drop .txt files on the page) to explore it with the corpus.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/views.h"

namespace wortblick::app {

void add_text_view(const Model& model, ViewState& vs, Actions& actions) {
  vs.multiline_active = false;
  if (!model.show_add_text) return;
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(em * 36, em * 24), ImGuiCond_Appearing);
  bool open = true;
  if (ImGui::Begin(str::kAddTextTitle(lang), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::TextWrapped("%s", str::kAddTextHelp(lang));
    ImGui::SetNextItemWidth(em * 16);
    ImGui::InputTextWithHint("##name", str::kTextName(lang), &vs.add_text_name);
    const float button_h = ImGui::GetFrameHeightWithSpacing();
    ImGui::InputTextMultiline("##body", &vs.add_text_body, ImVec2(-1, ImGui::GetContentRegionAvail().y - button_h));
    vs.multiline_active = ImGui::IsItemActive();
    ImGui::BeginDisabled(vs.add_text_body.empty());
    if (ImGui::Button(str::kAdd(lang))) {
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
