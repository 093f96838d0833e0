// Construction of the workspace over the embedded corpus.
#include "core/workspace.h"

namespace wortblick {

Workspace make_embedded_workspace() {
  Workspace w;
  w.corpus = load_embedded_corpus(w.pipeline);
  w.search.embedded_sources = w.corpus.sources.size();
  search::index_step(w.search.index, w.corpus, 1e300);  // the seeds index in a few ms
  return w;
}

}  // namespace wortblick
