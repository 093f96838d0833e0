// Grouping terms by key or stem, summing a scope, and labelling groups by display form.
#include "core/stats/word_groups.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/text/display_form.h"

namespace wortblick::stats {

GroupingProgress start_grouping(const TermTable& table) {
  GroupingProgress p;
  p.grouping.group_of_term.assign(table.term_count(), kNone);
  return p;
}

bool group_step(GroupingProgress& p, const TermTable& table, const text::TextPipeline& pipeline,
                const WordOptions& options, const std::vector<char>* allowed, const Deadline& deadline) {
  Grouping& g = p.grouping;
  for (std::size_t done = 0; p.next < g.group_of_term.size(); ++p.next) {
    if (deadline.passed_at(done++)) return false;  // never before some work: every call makes progress
    const TermId id = p.next;
    const TermInfo& t = table.term(id);
    if (allowed && (id >= allowed->size() || !(*allowed)[id])) continue;
    if (t.number && !options.numbers) continue;
    if (t.length < options.min_length) continue;
    if (!t.number && options.remove_stopwords && pipeline.is_stopword_key(t.key)) continue;
    const std::string_view name = options.stem ? t.stem : t.key;
    const auto [it, added] = p.by_name.emplace(name, static_cast<std::uint32_t>(g.groups));
    if (added) ++g.groups;
    g.group_of_term[id] = it->second;
  }
  return true;
}

Grouping group_terms(const TermTable& table, const text::TextPipeline& pipeline, const WordOptions& options,
                     const std::vector<char>* allowed) {
  GroupingProgress p = start_grouping(table);
  group_step(p, table, pipeline, options, allowed, Deadline(1e300));
  return std::move(p.grouping);
}

SumProgress start_sum(const TermTable& table, const Grouping& grouping) {
  SumProgress p;
  p.totals.count.assign(grouping.groups, 0);
  p.totals.articles.assign(grouping.groups, 0);
  p.totals.spellings.assign(table.surface_count(), 0);
  p.last_seen.assign(grouping.groups, kNone);
  return p;
}

bool sum_step(SumProgress& p, std::span<const ArticleCounts* const> articles, const TermTable& table,
              const Grouping& grouping, bool numbers, const Deadline& deadline) {
  ScopeTotals& s = p.totals;
  const std::size_t terms = grouping.group_of_term.size();
  for (std::size_t done = 0; p.next < articles.size(); ++p.next) {
    if (deadline.passed_at(done++, 16)) return false;
    const auto i = static_cast<std::uint32_t>(p.next);
    const ArticleCounts& a = *articles[i];
    s.words += a.words + (numbers ? a.numbers : 0);
    for (const auto& e : a.surfaces) {
      if (e.surface >= s.spellings.size()) continue;  // counted after the sum was started
      const TermId term = table.surface(e.surface).term;
      if (term >= terms) continue;  // counted after the grouping was built
      const std::uint32_t g = grouping.group_of_term[term];
      if (g == kNone) continue;
      s.count[g] += e.count;
      s.spellings[e.surface] += e.count;
      if (p.last_seen[g] != i) {
        p.last_seen[g] = i;
        ++s.articles[g];
      }
    }
  }
  return true;
}

ScopeTotals sum_scope(std::span<const ArticleCounts* const> articles, const TermTable& table,
                      const Grouping& grouping, bool numbers) {
  SumProgress p = start_sum(table, grouping);
  sum_step(p, articles, table, grouping, numbers, Deadline(1e300));
  return std::move(p.totals);
}

std::vector<std::string> group_labels(std::span<const std::uint32_t> spellings, const TermTable& table,
                                      const Grouping& grouping, std::span<const std::uint32_t> wanted) {
  std::vector<std::uint32_t> slot(grouping.groups, kNone);
  for (std::uint32_t i = 0; i < wanted.size(); ++i) slot[wanted[i]] = i;
  // Surface ids ascend in the order first seen, which is display_form's last tie-break.
  std::vector<std::vector<text::SurfaceCount>> candidates(wanted.size());
  for (SurfaceId id = 0; id < spellings.size() && id < table.surface_count(); ++id) {
    if (spellings[id] == 0) continue;
    const TermId term = table.surface(id).term;
    if (term >= grouping.group_of_term.size() || grouping.group_of_term[term] == kNone) continue;
    const std::uint32_t k = slot[grouping.group_of_term[term]];
    if (k != kNone) candidates[k].push_back({table.surface(id).text, spellings[id], id});
  }
  std::vector<std::string> out;
  for (const auto& list : candidates) out.emplace_back(text::display_form(list));
  return out;
}

std::vector<RankedGroup> rank_groups(std::vector<std::uint32_t> candidates, std::span<const double> score,
                                     std::size_t limit, std::span<const std::uint32_t> spellings,
                                     const TermTable& table, const Grouping& grouping) {
  std::sort(candidates.begin(), candidates.end(), [&](std::uint32_t x, std::uint32_t y) {
    return score[x] != score[y] ? score[x] > score[y] : x < y;
  });
  if (candidates.size() > limit) {
    // Keep everything tied with the last place: the label decides among them.
    std::size_t keep = limit;
    while (keep < candidates.size() && limit > 0 && score[candidates[keep]] == score[candidates[limit - 1]]) ++keep;
    candidates.resize(keep);
  }
  const auto labels = group_labels(spellings, table, grouping, candidates);
  std::vector<RankedGroup> out;
  for (std::size_t i = 0; i < candidates.size(); ++i) out.push_back({candidates[i], labels[i]});
  std::sort(out.begin(), out.end(), [&](const RankedGroup& x, const RankedGroup& y) {
    if (score[x.group] != score[y.group]) return score[x.group] > score[y.group];
    return x.label != y.label ? x.label < y.label : x.group < y.group;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace wortblick::stats
