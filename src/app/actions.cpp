// Dispatches actions to their handlers; every applied action bumps the model's revision.
#include "app/actions.h"

namespace wortblick::app {

Model make_model(Session session) {
  Model m;
  m.session = std::move(session);
  m.corpus_revision_seen = m.session.corpus_revision();
  if (!m.session.corpus().articles.empty()) m.selected_article = 0;
  return m;
}

void apply(Model& model, const Action& action) {
  std::visit([&](const auto& a) { apply_action(model, a); }, action);
  ++model.revision;
}

void apply_all(Model& model, Actions& actions) {
  for (const auto& a : actions.queue) apply(model, a);
  actions.queue.clear();
}

}  // namespace wortblick::app
