// Per-article rates of chosen words and categories.
#include "core/stats/distribution.h"

#include <map>

#include "core/stats/word_groups.h"
#include "core/text/display_form.h"

namespace wortblick::stats {
namespace {

std::optional<std::size_t> category_index(const tags::TagStore& tags, std::string_view name) {
  const tags::Category* c = tags.find_category(name);
  for (std::size_t i = 0; c && i < tags.category_count(); ++i) {
    if (&tags.category_at(i) == c) return i;
  }
  return std::nullopt;
}

}  // namespace

Distribution distribution(const StatsInputs& in, const ResolvedScope& scope, std::span<const SeriesSpec> series,
                          bool stem) {
  Distribution out;
  if (scope.error) {
    out.error = scope.error;
    return out;
  }
  if (scope.category) {
    out.error = Message{Msg::CategoryNotScope, {}};
    return out;
  }
  if (series.empty() || series.size() > kMaxSeries) {
    out.error = Message{Msg::SeriesCount, {std::to_string(kMaxSeries)}};
    return out;
  }
  const TermTable& table = in.index.terms();
  const auto counts = counts_of(scope, in.index);
  for (const Article* a : scope.articles) {
    if (in.index.find(a->id)) out.articles.push_back(a);
  }
  for (const auto& spec : series) {
    std::vector<char> allowed;
    DistributionSeries s;
    if (spec.category) {
      const auto c = category_index(in.tags, spec.word);
      if (!c) {
        out.error = Message{Msg::ScopeUnknownCategory, {spec.word}};
        return out;
      }
      allowed = category_terms(in, *c);
      s.label = in.tags.category_at(*c).name;
    } else {
      allowed = word_terms(in, spec.word, stem);
    }
    // One group holding every matching term; stop words and numbers are kept on purpose.
    WordOptions keep_all;
    keep_all.remove_stopwords = false;
    keep_all.numbers = true;
    keep_all.stem = true;
    Grouping grouping = group_terms(table, in.pipeline, keep_all, &allowed);
    for (auto& g : grouping.group_of_term) {
      if (g != kNone) g = 0;
    }
    grouping.groups = 1;
    // A direct pass per article: the series is one group, so no per-group arrays are needed.
    std::map<SurfaceId, std::size_t> spellings;  // ordered by id = first seen, for display_form
    for (const ArticleCounts* c : counts) {
      std::uint64_t n = 0;
      for (const auto& e : c->surfaces) {
        const TermId term = table.surface(e.surface).term;
        if (term < grouping.group_of_term.size() && grouping.group_of_term[term] != kNone) {
          n += e.count;
          spellings[e.surface] += e.count;
        }
      }
      s.counts.push_back(n);
      s.per1000.push_back(c->words ? 1000.0 * static_cast<double>(n) / c->words : 0.0);
    }
    if (!spec.category) {
      std::vector<text::SurfaceCount> forms;
      for (const auto& [id, n] : spellings) forms.push_back({table.surface(id).text, n, id});
      s.label = text::display_form(forms);
      if (s.label.empty()) s.label = spec.word;
    }
    out.series.push_back(std::move(s));
  }
  return out;
}

}  // namespace wortblick::stats
