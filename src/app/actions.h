// Explicit user actions: views queue them, apply() is the only place that changes the model.
#pragma once

#include <cstddef>
#include <variant>
#include <vector>

#include "app/model.h"

namespace wortblick::app {

struct SelectArticle {
  std::size_t index;  // into corpus.articles
};
struct SetTheme {
  Theme theme;
};
struct SetUiScale {
  float scale;  // clamped to Display::kMinScale..kMaxScale
};
struct ZoomIn {};
struct ZoomOut {};
struct ZoomReset {};
struct ToggleProjector {};
struct SetLanguage {
  Lang lang;
};
struct SetShowBoilerplate {
  bool show;
};

struct DismissNotice {
  std::size_t index;
};

using Action = std::variant<SelectArticle, SetTheme, SetUiScale, ZoomIn, ZoomOut, ZoomReset, ToggleProjector,
                            SetLanguage, SetShowBoilerplate, DismissNotice>;

struct Actions {
  std::vector<Action> queue;
  void push(Action a) { queue.push_back(a); }
};

void apply(Model& model, const Action& action);
void apply_all(Model& model, Actions& actions);

}  // namespace wortblick::app
