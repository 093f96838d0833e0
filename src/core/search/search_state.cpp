// Time-budgeted incremental indexing.
#include "core/search/search_state.h"

#include <chrono>

namespace wortblick::search {

double now_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

std::size_t index_step(SearchIndex& index, const Corpus& corpus, double budget_ms) {
  const double start = now_ms();
  while (index.indexed_articles() < corpus.articles.size()) {
    index.add_article(corpus, index.indexed_articles());
    // The clock after every article: one article takes far longer than reading it, and a
    // batch of long ones (the seeds) overshot the frame by tens of ms.
    if (now_ms() - start >= budget_ms) break;
  }
  return corpus.articles.size() - index.indexed_articles();
}

}  // namespace wortblick::search
