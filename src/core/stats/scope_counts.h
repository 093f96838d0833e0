// Bridging resolved scopes to the counts and terms the statistics combine.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/stats/scope.h"
#include "core/stats/stats_index.h"
#include "core/tags/tag_store.h"
#include "core/text/text_pipeline.h"

namespace wortblick::stats {

// Everything a statistic reads. The index must be in step with the corpus (StatsIndex::sync);
// the pipeline is only mutable because stemming a category word fills its cache.
struct StatsInputs {
  const Corpus& corpus;
  text::TextPipeline& pipeline;
  const tags::TagStore& tags;
  const StatsIndex& index;
};

// The counts of the scope's articles, in the same order; articles not counted yet are skipped.
std::vector<const ArticleCounts*> counts_of(const ResolvedScope& scope, const StatsIndex& index);

// Per TermId: whether the term belongs to the category (by key, or by stem for stem categories).
std::vector<char> category_terms(const StatsInputs& in, std::size_t category);

// The search key of the first word or number in `word` (input as the user typed it, e.g.
// " WhatsApp "); empty when it holds none.
std::string word_key(text::TextPipeline& pipeline, std::string_view word);

// Per TermId: whether the term is `word` (compared by search key, or by stem when `stem`).
std::vector<char> word_terms(const StatsInputs& in, std::string_view word, bool stem);

// How often one word (by key, or stem group) occurs in a scope, and in how many of its articles.
struct WordCount {
  std::uint64_t count = 0;
  std::uint64_t words = 0;  // counted words of the scope (the per-1000 base; numbers only with `numbers`)
  std::uint64_t articles_with = 0;
  std::uint64_t articles = 0;
  std::optional<Message> error;  // the scope is invalid
};
// `numbers`: numbers count as words in `words`, as WordOptions::numbers makes the charts count them.
WordCount count_word(const StatsInputs& in, const ResolvedScope& scope, std::string_view word, bool stem,
                     bool numbers = false);

}  // namespace wortblick::stats
