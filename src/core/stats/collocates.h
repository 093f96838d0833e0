// Collocates of a node (word, phrase or category): what occurs near it more often than chance.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"
#include "core/stats/collocation_measures.h"
#include "core/stats/scope_counts.h"
#include "core/stats/word_groups.h"

namespace wortblick::stats {

struct CollocationOptions {
  WordOptions words;           // which collocates are listed, grouped by key or stem (stop words out)
  std::uint32_t left = 5;      // window: tokens before the node (0-10)
  std::uint32_t right = 5;     // and after it (0-10); left + right > 0
  bool sentence = false;       // windows stop at the node's sentence
  std::uint64_t min_freq = 3;  // O at least this (the session picks 3 on the corpus, 2 below)
  CollocationMeasure sort = CollocationMeasure::LogDice;
  std::size_t limit = 25;
};

struct CollocationRow {
  std::string word;  // display form of the collocate's group
  CollocationCounts counts;
  CollocationScores scores;
};

// The row's figure for one measure (frequency is O): what the table ranks and shows.
double measure_value(const CollocationRow& r, CollocationMeasure m);

struct CollocationTable {
  std::string node;               // the node as shown: its display form, a phrase, or cat:Name
  std::vector<CollocationRow> rows;  // by options.sort, descending, then word
  std::uint64_t node_count = 0;   // f(x)
  std::uint64_t tokens = 0;       // N: counted words of the scope (the per-1000 base)
  std::uint32_t span = 0;         // left + right
  std::uint64_t min_freq = 0;
  std::size_t articles = 0;       // articles in the scope
  std::optional<Message> error;
};

// Which terms the node matches, position by position: one set for a word or a category
// ("cat:Name"), one per word for a phrase ("künstliche Intelligenz"). Words match by search
// key, or by stem with `stem`.
struct NodePattern {
  std::vector<std::vector<char>> positions;  // per position, indexed by TermId
  std::string label;
  std::optional<Message> error;
};
NodePattern node_pattern(const StatsInputs& in, std::string_view node, bool stem);

// Counts windows article by article so a UI can spread the work over frames. It reads the
// index's counts and term table, which must not change while it runs (a new corpus state
// means a new counter).
class CollocateCounter {
 public:
  CollocateCounter(const StatsInputs& in, const ResolvedScope& scope, std::string_view node,
                   const CollocationOptions& options);
  // Counts articles until `budget_ms` has passed (at least one); true when every article is.
  bool step(double budget_ms);
  double fraction() const;
  CollocationTable result() const;  // call when step() returned true

 private:
  enum class Phase { Group, Sum, Count };
  bool prepare(const Deadline& deadline);

  const TermTable* table_;
  const text::TextPipeline* pipeline_;
  CollocationOptions options_;
  NodePattern node_;
  std::vector<char> allowed_;  // a category scope's terms
  bool category_ = false;
  Phase phase_ = Phase::Group;
  GroupingProgress grouping_progress_;
  SumProgress sum_;
  Grouping grouping_;
  ScopeTotals totals_;
  std::vector<const ArticleCounts*> counts_;
  std::vector<std::uint64_t> together_;  // per group
  std::vector<char> excluded_;           // per group: the node itself
  std::uint64_t node_count_ = 0;
  std::size_t next_ = 0;
  std::size_t articles_ = 0;
  std::optional<Message> error_;
};

// All at once (the API and tests).
CollocationTable collocates(const StatsInputs& in, const ResolvedScope& scope, std::string_view node,
                            const CollocationOptions& options);

}  // namespace wortblick::stats
