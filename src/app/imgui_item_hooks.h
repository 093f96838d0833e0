// ImGui's item hooks, compiled into wb_imgui: each labelled item goes to the sink in the context.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

namespace wortblick::app {

// Installed in ImGuiContext::TestEngine while a frame is drawn (ImGui's own extension point for
// tools that inspect items); null: items are not reported.
struct ItemSink {
  void (*item)(void* user, ImGuiContext& g, const char* label, ImGuiItemStatusFlags flags) = nullptr;
  void* user = nullptr;
};

}  // namespace wortblick::app
