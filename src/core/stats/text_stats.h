// Text statistics of an article or a scope: vocabulary richness, word and sentence length, readability.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/message/message.h"
#include "core/stats/readability.h"
#include "core/stats/scope_counts.h"
#include "core/stats/vocabulary.h"

namespace wortblick::stats {

// Words are counted tokens that are not numbers; types are distinct search keys (so "Die" and
// "die" are one type).
struct TextStats {
  TextFigures figures;        // words, sentences, letters, syllables, ...
  Readability readability;    // Amstad, WSTF1, LIX, mean word and sentence length
  std::uint64_t types = 0;
  double ttr = 0;             // types / words
  // Mean TTR of consecutive 1,000-word chunks of the running text (articles in corpus order;
  // the last, shorter chunk is left out); the plain TTR when there is no full chunk.
  double sttr = 0;
  std::uint64_t sttr_chunks = 0;  // full chunks averaged (0: sttr is the plain TTR)
  std::uint64_t hapax = 0;    // types seen exactly once
  double hapax_share = 0;     // hapax / types
  // How many of the most frequent types together make up 50, 80, 90 and 95 % of the words.
  std::array<std::uint64_t, 4> coverage = {0, 0, 0, 0};
  std::size_t articles = 0;
  std::optional<Message> error;
};

// The statistics of text with these counts (articles: how many it is made of).
TextStats text_stats_of(const TextFigures& figures, const VocabularyFigures& vocabulary, std::size_t articles);

// Over the scope's articles (a category scope counts every article and every word), reading
// their streams a slice at a time so a UI can spread a large scope over frames. One article's
// figures were made when it was counted (ArticleCounts::vocabulary) and need no reading.
class TextStatsCounter {
 public:
  TextStatsCounter(const StatsInputs& in, const ResolvedScope& scope);
  bool step(double budget_ms);  // true when done
  double fraction() const;
  TextStats result() const;  // call when step() returned true

 private:
  const TermTable* table_;
  std::vector<const ArticleCounts*> counts_;
  std::size_t next_ = 0;
  TextFigures figures_;
  VocabularyCounter counter_;
  VocabularyFigures vocabulary_;
  std::size_t articles_ = 0;
  std::optional<Message> error_;
};

// All at once (the API and tests).
TextStats text_stats(const StatsInputs& in, const ResolvedScope& scope);

}  // namespace wortblick::stats
