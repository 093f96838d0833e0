// Construction of the workspace over the embedded corpus.
#include "core/workspace.h"

namespace wortblick {

Workspace make_embedded_workspace(SeedIndexing indexing) {
  Workspace w;
  w.corpus = load_embedded_corpus(w.pipeline);
  w.search.embedded_sources = w.corpus.sources.size();
  if (indexing == SeedIndexing::Now) search::index_step(w.search.index, w.corpus, 1e300);
  return w;
}

}  // namespace wortblick
