// How often a few words or categories occur in each article of a scope (grouped bar chart).
#pragma once

#include <optional>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/message/message.h"
#include "core/stats/scope_counts.h"

namespace wortblick::stats {

inline constexpr std::size_t kMaxSeries = 6;

struct SeriesSpec {
  std::string word;       // any spelling (folded to its key), or a category name
  bool category = false;
};

struct DistributionSeries {
  std::string label;                 // the word's display form, or the category name
  std::vector<std::uint64_t> counts;  // per article of the scope
  std::vector<double> per1000;        // per 1,000 counted words of the article (Article::words)
};

struct Distribution {
  std::vector<const Article*> articles;  // the scope's articles, corpus order
  std::vector<DistributionSeries> series;
  std::optional<Message> error;
};

// Stop words are not removed: a word asked for by name is always counted. `stem` groups
// every word series by stem. Up to kMaxSeries series; unknown categories are errors, unknown
// words are series of zeros labelled as given.
Distribution distribution(const StatsInputs& in, const ResolvedScope& scope, std::span<const SeriesSpec> series,
                          bool stem);

}  // namespace wortblick::stats
