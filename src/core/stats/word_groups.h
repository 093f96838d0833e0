// Which counted terms a chart shows, how they are grouped, and what each group is called.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/stats/article_counts.h"
#include "core/text/text_pipeline.h"

namespace wortblick::stats {

struct WordOptions {
  bool remove_stopwords = true;  // the pipeline's current stop list (with the user's changes)
  bool stem = false;             // group by stem instead of search key
  std::size_t min_length = 1;    // in code points of the spelling
  bool numbers = false;          // count numbers as words (in rows and in the per-1000 base)
};

// Term -> group (kNone: not shown). Built per query from the options; cheap next to counting.
struct Grouping {
  std::vector<std::uint32_t> group_of_term;
  std::size_t groups = 0;
};

// `allowed`, when given, is indexed by TermId: only terms marked true are grouped (categories).
Grouping group_terms(const TermTable& table, const text::TextPipeline& pipeline, const WordOptions& options,
                     const std::vector<char>* allowed = nullptr);

struct ScopeTotals {
  std::vector<std::uint64_t> count;     // per group
  std::vector<std::uint32_t> articles;  // per group: articles containing it
  std::vector<std::uint32_t> spellings;  // per SurfaceId of a grouped term: its count (display forms)
  // The per-1000 base: every counted word in the scope (stop words included), plus numbers
  // when they are counted.
  std::uint64_t words = 0;
};

ScopeTotals sum_scope(std::span<const ArticleCounts* const> articles, const TermTable& table,
                      const Grouping& grouping, bool numbers);

// The display form (most frequent spelling by `spellings`, ScopeTotals::spellings, see
// text::display_form) of each group in `wanted`, in the same order.
std::vector<std::string> group_labels(std::span<const std::uint32_t> spellings, const TermTable& table,
                                      const Grouping& grouping, std::span<const std::uint32_t> wanted);

// Orders groups by score (descending), ties by label (byte order, ascending), keeping at most
// `limit`. Only the groups that can make the cut are labelled.
struct RankedGroup {
  std::uint32_t group = 0;
  std::string label;
};
std::vector<RankedGroup> rank_groups(std::vector<std::uint32_t> candidates, std::span<const double> score,
                                     std::size_t limit, std::span<const std::uint32_t> spellings,
                                     const TermTable& table, const Grouping& grouping);

}  // namespace wortblick::stats
