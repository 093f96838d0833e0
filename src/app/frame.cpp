// Lays out the explorer's window (toolbar; list | reader; status bar) and runs the views.
#include "app/frame.h"

#include <imgui.h>

#include <algorithm>

#include "app/actions.h"
#include "app/views.h"

namespace wortblick::app {

void draw_frame(Model& model) {
  Actions actions;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Wortblick", nullptr, kFlags);
  {
    toolbar_view(model, actions);
    notices_view(model, actions);

    // Projector mode drops the status bar: every pixel goes to the text the class is reading.
    const bool status = !model.display.projector;
    const float status_height = status ? ImGui::GetFrameHeightWithSpacing() : 0.0f;
    const float em = ImGui::GetFontSize();
    const float list_width = std::min(26.0f * em, ImGui::GetContentRegionAvail().x * 0.38f);
    const float body_height = std::max(ImGui::GetContentRegionAvail().y - status_height, em);

    ImGui::BeginChild("##list", ImVec2(list_width, body_height), true);
    article_list_view(model, model.view_state, actions);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##reader", ImVec2(0, body_height), true);
    reader_view(model, model.view_state, actions);
    ImGui::EndChild();

    if (status) status_bar_view(model);
  }
  ImGui::End();
  tag_manager_view(model, model.view_state, actions);
  import_dialog_view(model, actions);
  apply_all(model, actions);
}

}  // namespace wortblick::app
