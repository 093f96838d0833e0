// Construction of the workspace over the embedded corpus.
#include "core/workspace.h"

namespace wortblick {

Workspace make_embedded_workspace() {
  Workspace w;
  w.corpus = load_embedded_corpus(w.pipeline);
  return w;
}

}  // namespace wortblick
