// Everything core holds about the loaded texts: the corpus and the machinery built over it.
#pragma once

#include "core/corpus/corpus.h"
#include "core/search/search_state.h"
#include "core/stats/stats_state.h"
#include "core/tags/tag_store.h"
#include "core/text/text_pipeline.h"

namespace wortblick {

// One per app or node module, owned by the caller; core keeps no global state.
struct Workspace {
  text::TextPipeline pipeline;  // stop words and the key/stem caches of every text analysed
  Corpus corpus;
  tags::TagStore tags;  // the user's article tags and word categories, with undo
  search::SearchState search;  // the inverted index over `corpus`, kept in step by add/remove
  stats::StatsState stats;  // per-article word counts for the charts and their cached results
};

// When the seeds are indexed: at once, or by the session's step() (the browser draws its first
// frame before the index exists).
enum class SeedIndexing { Now, InSteps };

// A workspace over the seed texts compiled into the program.
Workspace make_embedded_workspace(SeedIndexing indexing = SeedIndexing::Now);

}  // namespace wortblick
