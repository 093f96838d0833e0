// The model's state transitions, one per action.
#include "app/actions.h"

namespace wortblick::app {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

Model make_model(Workspace workspace) {
  Model m;
  m.workspace = std::move(workspace);
  if (!m.workspace.corpus.articles.empty()) m.selected_article = 0;
  return m;
}

void apply(Model& model, const Action& action) {
  std::visit(Overloaded{
                 [&](const SelectArticle& a) {
                   if (a.index >= model.workspace.corpus.articles.size()) return;
                   model.selected_article = a.index;
                 },
             },
             action);
}

void apply_all(Model& model, Actions& actions) {
  for (const auto& a : actions.queue) apply(model, a);
  actions.queue.clear();
}

}  // namespace wortblick::app
