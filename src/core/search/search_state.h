// The search part of a workspace: the index, the tag/category hooks and timing for stats().
#pragma once

#include <cstddef>
#include <deque>

#include "core/search/hooks.h"
#include "core/search/new_text.h"
#include "core/search/search_index.h"

namespace wortblick::search {

struct SearchState {
  SearchIndex index;
  SearchHooks hooks;               // set by whoever owns the tag store
  std::size_t embedded_sources = 0;  // sources before this are compiled in and cannot be removed
  double last_search_ms = 0;
  // Texts accepted by queue_texts (names already unique) that intake_step has not segmented yet.
  std::deque<NewText> intake;
};

// Indexes the corpus's articles that are not indexed yet, in corpus order, until `budget_ms`
// has passed (at least one article per call, so progress is guaranteed). Returns how many are
// left, so a UI can call it once per frame until it returns 0.
std::size_t index_step(SearchIndex& index, const Corpus& corpus, double budget_ms);

// Milliseconds on a monotonic clock, for budgets and timings.
double now_ms();

}  // namespace wortblick::search
