// Handlers of navigation and display actions.
#include <algorithm>
#include <cmath>

#include "app/actions.h"

namespace wortblick::app {
namespace {

float clamp_scale(float s) {
  if (!std::isfinite(s)) return 1.0f;
  return std::clamp(s, Display::kMinScale, Display::kMaxScale);
}

// Zoom in steps of 10 %, like a browser, rounded so repeated steps land on round values.
float step_scale(float s, float delta) { return clamp_scale(std::round((s + delta) * 10) / 10); }

}  // namespace

void apply_action(Model& m, const SelectArticle& a) {
  if (a.index >= m.session.corpus().articles.size()) return;
  apply_action(m, OpenHit{a.index, std::nullopt});
}
void apply_action(Model& m, const SetTheme& a) { m.display.theme = a.theme; }
void apply_action(Model& m, const SetUiScale& a) { m.display.ui_scale = clamp_scale(a.scale); }
void apply_action(Model& m, const ZoomIn&) { m.display.ui_scale = step_scale(m.display.ui_scale, 0.1f); }
void apply_action(Model& m, const ZoomOut&) { m.display.ui_scale = step_scale(m.display.ui_scale, -0.1f); }
void apply_action(Model& m, const ZoomReset&) { m.display.ui_scale = 1.0f; }
void apply_action(Model& m, const ToggleProjector&) { m.display.projector = !m.display.projector; }
void apply_action(Model& m, const SetLanguage& a) { m.display.lang = a.lang; }
void apply_action(Model& m, const SetDevicePixelRatio& a) { m.device_pixel_ratio = a.ratio; }
void apply_action(Model& m, const SetTouch& a) { m.display.touch = a.touch; }
void apply_action(Model& m, const ShowPane& a) { m.pane = a.pane; }
void apply_action(Model& m, const ToggleList&) { m.list_collapsed = !m.list_collapsed; }
void apply_action(Model& m, const DownloadsTaken&) { m.downloads.clear(); }
void apply_action(Model& m, const FilePickerOpened&) { m.file_open_requested = false; }
void apply_action(Model& m, const FileTooLarge& a) {
  m.notices.push_back({Notice::Warning, NoticeText::FileTooLarge, a.name, std::nullopt});
}
void apply_action(Model& m, const SetShowBoilerplate& a) { m.display.show_boilerplate = a.show; }
void apply_action(Model& m, const DismissNotice& a) {
  if (a.index < m.notices.size()) m.notices.erase(m.notices.begin() + static_cast<std::ptrdiff_t>(a.index));
}

}  // namespace wortblick::app
