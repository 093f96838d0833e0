// Combining per-article counts into a scope's frequency table.
#include "core/stats/frequencies.h"

namespace wortblick::stats {

FrequencyTable frequencies(const StatsInputs& in, const ResolvedScope& scope, const FrequencyOptions& options) {
  FrequencyTable out;
  if (scope.error) {
    out.error = scope.error;
    return out;
  }
  if (options.limit == 0) {
    out.error = Message{Msg::LimitNotPositive, {}};
    return out;
  }
  const auto counts = counts_of(scope, in.index);
  const TermTable& table = in.index.terms();
  std::vector<char> allowed;
  if (scope.category) allowed = category_terms(in, *scope.category);
  const Grouping grouping = group_terms(table, in.pipeline, options.words, scope.category ? &allowed : nullptr);
  const ScopeTotals totals = sum_scope(counts, table, grouping, options.words.numbers);
  out.words = totals.words;
  out.articles = scope.articles.size();

  std::vector<double> score(grouping.groups);
  std::vector<std::uint32_t> candidates;
  for (std::uint32_t g = 0; g < grouping.groups; ++g) {
    score[g] = static_cast<double>(totals.count[g]);
    if (totals.count[g] > 0) candidates.push_back(g);
  }
  for (auto& r : rank_groups(std::move(candidates), score, options.limit, totals.spellings, table, grouping)) {
    const auto n = totals.count[r.group];
    out.rows.push_back({std::move(r.label), n, totals.words ? 1000.0 * n / totals.words : 0.0,
                        totals.articles[r.group]});
  }
  return out;
}

}  // namespace wortblick::stats
