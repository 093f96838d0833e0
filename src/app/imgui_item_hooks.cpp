// ImGui's item hooks (IMGUI_ENABLE_TEST_ENGINE), compiled into wb_imgui so that every program
// linking ImGui has them; they pass labelled items to the sink the app installs.
#include "app/imgui_item_hooks.h"

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID, const char* label, ImGuiItemStatusFlags flags) {
  const auto* sink = static_cast<const wortblick::app::ItemSink*>(ctx->TestEngine);
  if (sink && sink->item && label) sink->item(sink->user, *ctx, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
