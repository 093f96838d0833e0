// Occurrence positions of one word across the articles that contain it.
#include "core/stats/dispersion.h"

#include "core/stats/word_groups.h"

namespace wortblick::stats {

Dispersion dispersion(const StatsInputs& in, const ResolvedScope& scope, std::string_view word, bool stem) {
  Dispersion out;
  if (scope.error) {
    out.error = scope.error;
    return out;
  }
  if (word_key(in.pipeline, word).empty()) {
    out.error = Message{Msg::WordHoldsNoWord, {std::string(word)}};
    return out;
  }
  const TermTable& table = in.index.terms();
  const std::vector<char> wanted = word_terms(in, word, stem);
  std::vector<const ArticleCounts*> hit_counts;
  for (const Article* a : scope.articles) {
    const ArticleCounts* c = in.index.find(a->id);
    if (!c) continue;
    bool hit = false;
    for (const auto& s : c->surfaces) hit = hit || wanted[table.surface(s.surface).term];
    if (!hit) continue;
    hit_counts.push_back(c);
    DispersionArticle d;
    d.article = a;
    const auto tokens = counted_tokens(in.corpus, *a, in.pipeline);
    d.length = static_cast<std::uint32_t>(tokens.size());
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      const TermId term = table.find_key(tokens[i].key);
      if (term != kNone && wanted[term]) {
        d.positions.push_back(i);
        d.offsets.push_back(tokens[i].start);
      }
    }
    out.articles.push_back(std::move(d));
  }
  Grouping grouping;
  grouping.groups = 1;
  for (const char w : wanted) grouping.group_of_term.push_back(w ? 0 : kNone);
  const std::uint32_t only = 0;
  const ScopeTotals totals = sum_scope(hit_counts, table, grouping, false);
  out.label = group_labels(totals.spellings, table, grouping, std::span(&only, 1))[0];
  if (out.label.empty()) out.label = std::string(word);
  return out;
}

}  // namespace wortblick::stats
