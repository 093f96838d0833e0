// Lays out the explorer's window (list | reader, status bar) and runs the views.
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
    const float status_height = ImGui::GetFrameHeightWithSpacing();
    const float em = ImGui::GetFontSize();
    const float list_width = std::min(30.0f * em, ImGui::GetContentRegionAvail().x * 0.4f);
    const float body_height = ImGui::GetContentRegionAvail().y - status_height;

    ImGui::BeginChild("##list", ImVec2(list_width, body_height), true);
    article_list_view(model, actions);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##reader", ImVec2(0, body_height), true);
    reader_view(model, actions);
    ImGui::EndChild();

    status_bar_view(model);
  }
  ImGui::End();
  apply_all(model, actions);
}

}  // namespace wortblick::app
