// The status bar: corpus size at a glance.
#include <imgui.h>

#include "app/views.h"

namespace wortblick::app {

void status_bar_view(const Model& model) {
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%zu Artikel · %zu Wörter · %zu Quelldateien", model.workspace.corpus.articles.size(),
              model.workspace.corpus.total_words(), model.workspace.corpus.sources.size());
}

}  // namespace wortblick::app
