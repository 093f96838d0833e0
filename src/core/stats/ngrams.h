// N-grams and clusters (AntConc's "Clusters/N-Grams"): word sequences that recur in a scope.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"
#include "core/stats/scope_counts.h"
#include "core/stats/word_groups.h"

namespace wortblick::stats {

struct NgramOptions {
  std::uint32_t n = 3;          // 2-6 words
  std::uint64_t min_freq = 2;   // occurrences at least this
  std::uint32_t min_range = 1;  // in at least this many articles
  std::string contains;         // only n-grams holding this word (search key), empty: all
  std::uint32_t position = 0;   // ... at this position (1-n); 0: at any
  std::size_t limit = 25;
};

struct NgramRow {
  std::string ngram;   // the words by their most frequent spelling in the scope, space-separated
  std::uint64_t count = 0;
  std::uint32_t range = 0;  // articles it occurs in
};

struct NgramTable {
  std::vector<NgramRow> rows;  // count descending, then range descending, then first occurrence
  std::uint64_t distinct = 0;  // n-grams that passed min_freq and min_range
  std::size_t articles = 0;
  std::optional<Message> error;
};

// Contiguous runs of n counted tokens (words and numbers, stop words kept: they make phrases),
// matched by search key, never across a sentence end, so never across an article or block.
// Sorting positions bucket by bucket lets a UI spread the work over frames.
class NgramCounter {
 public:
  NgramCounter(const StatsInputs& in, const ResolvedScope& scope, const NgramOptions& options);
  bool step(double budget_ms);  // true when done
  double fraction() const;
  NgramTable result() const;

 private:
  struct Found {
    std::uint32_t start;  // into terms_
    std::uint64_t count;
    std::uint32_t range;
  };
  bool less(std::uint32_t a, std::uint32_t b) const;
  struct Range {
    std::uint32_t begin = 0, end = 0;  // into starts_
    std::uint32_t depth = 0;           // its n-grams share their first `depth` words
  };
  // A range this large is split by its next word rather than sorted in one go (measured: about
  // a millisecond of sorting natively).
  static constexpr std::uint32_t kSortAtOnce = 16384;
  void split(const Range& r);
  void count_runs(const Range& r);
  enum class Phase { Group, Sum, Read, Count, Scatter, Sort };

  const TermTable* table_;
  const text::TextPipeline* pipeline_;
  NgramOptions options_;
  Phase phase_ = Phase::Group;
  GroupingProgress grouping_progress_;
  SumProgress sum_;
  std::vector<const ArticleCounts*> counts_;
  ScopeTotals spellings_;  // every term, for display forms
  Grouping by_term_;
  std::vector<char> contains_;  // per TermId; empty: no filter
  std::vector<TermId> terms_;   // the scope's streams end to end
  std::vector<std::uint32_t> article_end_;  // per article: end of its run in terms_
  std::vector<std::uint32_t> starts_;       // n-gram starts, grouped by first term
  std::vector<std::uint32_t> bucket_;       // bucket b is starts_[bucket_[b], bucket_[b + 1])
  std::vector<Range> split_;             // ranges split off a large bucket, still to sort
  std::vector<std::uint32_t> split_count_;  // per term, zero between splits
  std::vector<std::uint32_t> fill_;    // while bucketing: the next free slot of each bucket
  std::vector<std::uint32_t> sorted_;  // while bucketing: starts_ in bucket order
  std::size_t next_article_ = 0;
  std::size_t next_start_ = 0;
  std::size_t next_bucket_ = 0;
  std::vector<Found> found_;
  std::size_t articles_ = 0;
  std::optional<Message> error_;
};

NgramTable ngrams(const StatsInputs& in, const ResolvedScope& scope, const NgramOptions& options);

}  // namespace wortblick::stats
