// Finds labels drawn shorter than their text this frame (cut off by a pane's edge, an ellipsis
// or a too-narrow control), so that tests and the page's API can prove every layout fits.
#pragma once

#include "app/imgui_item_hooks.h"
#include "app/model.h"

namespace wortblick::app {

// While it lives, every labelled ImGui item is checked and the cut ones are added to
// `report.clipped` (by label, once each).
class ClipReport {
 public:
  explicit ClipReport(LayoutReport& report);
  ~ClipReport();
  ClipReport(const ClipReport&) = delete;
  ClipReport& operator=(const ClipReport&) = delete;

 private:
  ItemSink sink_;
};

// ImGui reports only its own labelled widgets; a custom one (a chart drawn over an invisible
// button) names its last item with this, so that it is a target too.
void report_last_item(const char* label);

}  // namespace wortblick::app
