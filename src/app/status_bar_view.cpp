// The status bar: corpus size at a glance.
#include <imgui.h>

#include "app/views.h"

namespace wortblick::app {

void status_bar_view(const Model& model) {
  const Corpus& c = model.session.corpus();
  const Lang lang = model.display.lang;
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%zu %s · %zu %s · %zu %s", c.articles.size(), str::kArticles(lang), c.total_words(),
              str::kWords(lang), c.sources.size(), str::kSourceFiles(lang));
}

}  // namespace wortblick::app
