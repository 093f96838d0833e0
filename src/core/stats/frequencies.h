// Word frequency tables for a scope: the top N words with counts, rates and spread.
#pragma once

#include <optional>
#include <cstdint>
#include <string>
#include <vector>

#include "core/message/message.h"
#include "core/stats/scope_counts.h"
#include "core/stats/word_groups.h"

namespace wortblick::stats {

struct FrequencyOptions {
  WordOptions words;
  std::size_t limit = 25;  // any positive number
};

struct FrequencyRow {
  std::string word;          // the group's display form
  std::uint64_t count = 0;
  double per1000 = 0;        // count per 1,000 counted words of the scope (ScopeTotals::words)
  std::uint32_t articles = 0;  // articles of the scope containing it
  friend bool operator==(const FrequencyRow&, const FrequencyRow&) = default;
};

struct FrequencyTable {
  std::vector<FrequencyRow> rows;  // count descending, then word (byte order)
  std::uint64_t words = 0;         // the per-1000 base
  std::size_t articles = 0;        // articles in the scope
  std::optional<Message> error;
};

FrequencyTable frequencies(const StatsInputs& in, const ResolvedScope& scope, const FrequencyOptions& options);

}  // namespace wortblick::stats
