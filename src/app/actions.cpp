// The model's state transitions, one per action.
#include "app/actions.h"

#include <algorithm>
#include <cmath>

namespace wortblick::app {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

float clamp_scale(float s) {
  if (!std::isfinite(s)) return 1.0f;
  return std::clamp(s, Display::kMinScale, Display::kMaxScale);
}

}  // namespace

Model make_model(Workspace workspace) {
  Model m;
  m.workspace = std::move(workspace);
  if (!m.workspace.corpus.articles.empty()) m.selected_article = 0;
  return m;
}

void apply(Model& model, const Action& action) {
  Display& d = model.display;
  std::visit(Overloaded{
                 [&](const SelectArticle& a) {
                   if (a.index < model.workspace.corpus.articles.size()) model.selected_article = a.index;
                 },
                 [&](const SetTheme& a) { d.theme = a.theme; },
                 [&](const SetUiScale& a) { d.ui_scale = clamp_scale(a.scale); },
                 // Zoom in steps of 10 %, like a browser, rounded so repeated steps land on round values.
                 [&](const ZoomIn&) { d.ui_scale = clamp_scale(std::round((d.ui_scale + 0.1f) * 10) / 10); },
                 [&](const ZoomOut&) { d.ui_scale = clamp_scale(std::round((d.ui_scale - 0.1f) * 10) / 10); },
                 [&](const ZoomReset&) { d.ui_scale = 1.0f; },
                 [&](const ToggleProjector&) { d.projector = !d.projector; },
                 [&](const SetLanguage& a) { d.lang = a.lang; },
                 [&](const SetShowBoilerplate& a) { d.show_boilerplate = a.show; },
                 [&](const DismissNotice& a) {
                   if (a.index < model.notices.size()) model.notices.erase(model.notices.begin() + a.index);
                 },
             },
             action);
  ++model.revision;
}

void apply_all(Model& model, Actions& actions) {
  for (const auto& a : actions.queue) apply(model, a);
  actions.queue.clear();
}

}  // namespace wortblick::app
