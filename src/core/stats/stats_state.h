// The statistics part of a workspace: per-article counts and cached chart results.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/stats/collocates.h"
#include "core/stats/ngrams.h"
#include "core/stats/text_stats.h"
#include "core/stats/dispersion.h"
#include "core/stats/distribution.h"
#include "core/stats/frequencies.h"
#include "core/stats/keyness.h"
#include "core/stats/result_cache.h"
#include "core/stats/stats_index.h"
#include "core/text/stopwords.h"

namespace wortblick::stats {

struct StatsState {
  StatsIndex index;
  ResultCache<FrequencyTable> frequencies;
  ResultCache<KeynessTable> keyness;
  ResultCache<std::vector<std::string>> suggestions;
  // These hold Article pointers: valid because the key's generation changes with the corpus.
  ResultCache<Distribution> distributions;
  ResultCache<Dispersion> dispersions;
  ResultCache<CollocationTable> collocations;
  ResultCache<NgramTable> ngrams;
  ResultCache<TextStats> text_stats;
  ResultCache<std::vector<TextStats>> article_stats;  // every article, corpus order
  // The one long analysis running in the background (step_analysis), and its cache key.
  std::variant<std::monostate, CollocateCounter, NgramCounter, TextStatsCounter> job;
  std::string job_key;
  // The stop list the cached results were computed with; a different current list (the user
  // added or removed a word) empties the caches.
  text::Stopwords cached_stopwords;
};

}  // namespace wortblick::stats
