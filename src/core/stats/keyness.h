// Comparing two scopes: which words are over- and under-represented in the first.
#pragma once

#include <optional>
#include <cstdint>
#include <string>
#include <vector>

#include "core/message/message.h"
#include "core/stats/scope_counts.h"
#include "core/stats/word_groups.h"

namespace wortblick::stats {

struct KeynessOptions {
  WordOptions words;
  std::size_t limit = 25;     // per list
  std::uint64_t min_count = 1;  // a + b at least this
  std::uint64_t min_count_a = 0;  // a at least this (suggested tags use 2)
};

struct KeynessRow {
  std::string word;
  std::uint64_t a = 0;  // count in A
  std::uint64_t b = 0;  // count in B
  double ll = 0;        // signed log-likelihood (log_likelihood.h): positive = more frequent in A
  double effect = 0;    // log ratio with +0.5 (log_likelihood.h)
};

struct KeynessTable {
  std::vector<KeynessRow> over;   // ll > 0, |ll| descending then word
  std::vector<KeynessRow> under;  // ll < 0, |ll| descending then word
  std::uint64_t words_a = 0;      // per-1000 bases, as for frequencies
  std::uint64_t words_b = 0;
  std::optional<Message> error;
};

// Both lists together, |ll| descending then word, at most `limit`.
std::vector<KeynessRow> merged(const KeynessTable& table, std::size_t limit);

// `b` may be the Rest of `a`. Category scopes are refused (they restrict words, not articles).
// Articles in both scopes count on both sides.
KeynessTable keyness(const StatsInputs& in, const ResolvedScope& a, const ResolvedScope& b,
                     const KeynessOptions& options);

}  // namespace wortblick::stats
