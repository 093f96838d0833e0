// Keyness between two scopes from their per-article counts.
#include "core/stats/keyness.h"

#include <algorithm>
#include <cmath>

#include "core/stats/log_likelihood.h"

namespace wortblick::stats {
namespace {

bool before(const KeynessRow& x, const KeynessRow& y) {
  const double ax = std::abs(x.ll);
  const double ay = std::abs(y.ll);
  return ax != ay ? ax > ay : x.word < y.word;
}

}  // namespace

std::vector<KeynessRow> merged(const KeynessTable& table, std::size_t limit) {
  std::vector<KeynessRow> out = table.over;
  out.insert(out.end(), table.under.begin(), table.under.end());
  std::sort(out.begin(), out.end(), before);
  if (out.size() > limit) out.resize(limit);
  return out;
}

KeynessTable keyness(const StatsInputs& in, const ResolvedScope& a, const ResolvedScope& b,
                     const KeynessOptions& options) {
  KeynessTable out;
  if (a.error || b.error) {
    out.error = a.error ? a.error : b.error;
    return out;
  }
  if (a.category || b.category) {
    out.error = Message{Msg::CategoryNotComparable, {}};
    return out;
  }
  if (options.limit == 0) {
    out.error = Message{Msg::LimitNotPositive, {}};
    return out;
  }
  const TermTable& table = in.index.terms();
  const auto counts_a = counts_of(a, in.index);
  const auto counts_b = counts_of(b, in.index);
  const Grouping grouping = group_terms(table, in.pipeline, options.words);
  const ScopeTotals ta = sum_scope(counts_a, table, grouping, options.words.numbers);
  const ScopeTotals tb = sum_scope(counts_b, table, grouping, options.words.numbers);
  out.words_a = ta.words;
  out.words_b = tb.words;

  // Labels come from both sides together.
  std::vector<std::uint32_t> spellings = ta.spellings;
  for (std::size_t i = 0; i < spellings.size(); ++i) spellings[i] += tb.spellings[i];

  std::vector<double> ll(grouping.groups, 0.0);
  std::vector<double> magnitude(grouping.groups, 0.0);
  std::vector<std::uint32_t> over;
  std::vector<std::uint32_t> under;
  for (std::uint32_t g = 0; g < grouping.groups; ++g) {
    const auto x = ta.count[g];
    const auto y = tb.count[g];
    if (x + y == 0 || x + y < options.min_count || x < options.min_count_a) continue;
    ll[g] = log_likelihood(x, y, ta.words, tb.words);
    magnitude[g] = std::abs(ll[g]);
    if (ll[g] > 0) over.push_back(g);
    if (ll[g] < 0) under.push_back(g);
  }
  auto rows = [&](std::vector<std::uint32_t> groups) {
    std::vector<KeynessRow> list;
    for (auto& r : rank_groups(std::move(groups), magnitude, options.limit, spellings, table, grouping)) {
      const auto x = ta.count[r.group];
      const auto y = tb.count[r.group];
      list.push_back({std::move(r.label), x, y, ll[r.group], log_ratio(x, y, ta.words, tb.words)});
    }
    return list;
  };
  out.over = rows(std::move(over));
  out.under = rows(std::move(under));
  return out;
}

}  // namespace wortblick::stats
