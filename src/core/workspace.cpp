// Construction of the workspace over the embedded corpus.
#include "core/workspace.h"

namespace wortblick {

Workspace make_embedded_workspace() { return Workspace{load_embedded_corpus()}; }

}  // namespace wortblick
