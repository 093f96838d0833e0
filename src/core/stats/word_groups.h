// Which counted terms a chart shows, how they are grouped, and what each group is called.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/stats/article_counts.h"
#include "core/stats/deadline.h"
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

// The same two a slice at a time, for jobs whose set-up must not hold up a frame on a large
// corpus. Each step goes on where the last stopped and returns true when it is complete.
struct GroupingProgress {
  Grouping grouping;
  std::unordered_map<std::string_view, std::uint32_t> by_name;
  TermId next = 0;
};
GroupingProgress start_grouping(const TermTable& table);
bool group_step(GroupingProgress& p, const TermTable& table, const text::TextPipeline& pipeline,
                const WordOptions& options, const std::vector<char>* allowed, const Deadline& deadline);

struct SumProgress {
  ScopeTotals totals;
  std::vector<std::uint32_t> last_seen;  // per group: the last article it was counted in
  std::size_t next = 0;                  // the next article
};
SumProgress start_sum(const TermTable& table, const Grouping& grouping);
bool sum_step(SumProgress& p, std::span<const ArticleCounts* const> articles, const TermTable& table,
              const Grouping& grouping, bool numbers, const Deadline& deadline);

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
