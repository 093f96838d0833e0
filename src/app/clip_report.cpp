// Checks each labelled item against the pane it is drawn in (see clip_report.h).
#include "app/clip_report.h"

#include <algorithm>
#include <string>

#include "app/imgui_item_hooks.h"

namespace wortblick::app {
namespace {

void check_item(void* user, ImGuiContext& g, const char* label, ImGuiItemStatusFlags flags) {
  auto& report = *static_cast<LayoutReport*>(user);
  const ImGuiWindow* window = g.CurrentWindow;
  if (!window || window->SkipItems) return;
  // A pane with a horizontal scrollbar loses nothing at its edge; others (popups included) do.
  if ((window->Flags & ImGuiWindowFlags_HorizontalScrollbar) && window->ScrollMax.x > 0.0f) return;
  const ImRect item = g.LastItemData.Rect;
  const ImRect clip = window->ClipRect;
  if (item.Max.y <= clip.Min.y || item.Min.y >= clip.Max.y) return;  // scrolled out of sight, not cut
  const char* end = ImGui::FindRenderedTextEnd(label);
  {
    // Visible part of the item: what a finger or a test can press.
    ImRect shown = item;
    shown.ClipWith(clip);
    if (shown.GetWidth() > 0 && shown.GetHeight() > 0) {
      report.targets.push_back({end == label ? std::string(label) : std::string(label, end), shown.Min.x, shown.Min.y,
                                shown.GetWidth(), shown.GetHeight()});
    }
  }
  const float text_w = ImGui::CalcTextSize(label, end).x;
  bool cut = false;
  if (end == label) {
    // An unlabelled control (a field, a slider) running past the pane's edge.
    // Selectables reach half a spacing past the content edge by design.
    cut = !g.CurrentTable && item.Max.x > clip.Max.x + g.Style.ItemSpacing.x * 0.5f + 1.0f;
  } else {
    const float pad = g.Style.FramePadding.x;
    // Checkboxes and radio buttons draw their label at the item's right end; other labels start
    // at its left (plus padding) and may have room to spare.
    const bool checkable = (flags & ImGuiItemStatusFlags_Checkable) && !(flags & ImGuiItemStatusFlags_HasDisplayRect);
    const float label_end = checkable ? item.Max.x : item.Min.x + std::min(item.GetWidth(), text_w + pad * 2);
    const bool too_narrow = text_w > item.GetWidth() + 0.5f;   // an ellipsis or a clipped button
    // A selectable in a table cell spans the cell's padding, which a frozen column's clip
    // leaves out; its text starts inside.
    const float slack = g.CurrentTable ? g.Style.CellPadding.x + 1.0f : 1.0f;
    const bool past_edge = label_end > clip.Max.x + 1.0f || item.Min.x < clip.Min.x - slack;
    cut = too_narrow || past_edge;
  }
  if (!cut) return;
  std::string name = end == label ? std::string(label) : std::string(label, end);
  if (std::find(report.clipped.begin(), report.clipped.end(), name) == report.clipped.end()) {
    report.clipped.push_back(std::move(name));
  }
}

}  // namespace

void report_last_item(const char* label) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, label, g.LastItemData.StatusFlags);
}

ClipReport::ClipReport(LayoutReport& report) : sink_{check_item, &report} {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g.TestEngine = &sink_;
  g.TestEngineHookItems = true;
}

ClipReport::~ClipReport() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g.TestEngine = nullptr;
  g.TestEngineHookItems = false;
}

}  // namespace wortblick::app
