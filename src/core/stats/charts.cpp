// Keeping the counts in step and caching results for the workspace-level statistics.
#include "core/stats/charts.h"

#include "core/stats/suggest_tags.h"

namespace wortblick::stats {
namespace {

// Brings the counts up to date and drops cached results made with another stop list.
StatsInputs prepare(Workspace& w) {
  w.stats.index.sync(w.corpus, w.pipeline);
  if (!(w.stats.cached_stopwords == w.pipeline.stopwords())) {
    w.stats.frequencies.clear();
    w.stats.keyness.clear();
    w.stats.suggestions.clear();
    w.stats.distributions.clear();
    w.stats.dispersions.clear();
    w.stats.cached_stopwords = w.pipeline.stopwords();
  }
  return {w.corpus, w.pipeline, w.tags, w.stats.index};
}

void append(std::string& key, std::string_view part) {
  key += part;
  key += '\x1f';  // a separator no id or option contains
}

std::string state_key(const Workspace& w) {
  return std::to_string(w.stats.index.generation()) + '/' + std::to_string(w.tags.revision()) + '\x1e';
}

void append(std::string& key, const Scope& s) {
  append(key, scope_name(s.kind));
  append(key, s.id);
  append(key, std::to_string(s.ids.size()));
  for (const auto& id : s.ids) append(key, id);
}

void append(std::string& key, const WordOptions& o) {
  append(key, std::to_string(o.remove_stopwords) + std::to_string(o.stem) + std::to_string(o.numbers) + ':' +
                  std::to_string(o.min_length));
}

}  // namespace

std::size_t step(Workspace& w, double budget_ms) { return w.stats.index.step(w.corpus, w.pipeline, budget_ms); }

std::size_t pending(const Workspace& w) { return w.stats.index.pending(w.corpus); }

FrequencyTable frequencies(Workspace& w, const Scope& scope, const FrequencyOptions& options) {
  const StatsInputs in = prepare(w);
  std::string key = state_key(w);
  append(key, scope);
  append(key, options.words);
  append(key, std::to_string(options.limit));
  if (const auto* hit = w.stats.frequencies.find(key)) return *hit;
  auto table = frequencies(in, resolve_scope(scope, w.corpus, w.tags), options);
  if (table.error) return table;
  return w.stats.frequencies.put(std::move(key), std::move(table));
}

KeynessTable keyness(Workspace& w, const Scope& a, const Scope& b, const KeynessOptions& options) {
  const StatsInputs in = prepare(w);
  std::string key = state_key(w);
  append(key, a);
  append(key, b);
  append(key, options.words);
  append(key, std::to_string(options.limit) + ':' + std::to_string(options.min_count) + ':' +
                  std::to_string(options.min_count_a));
  if (const auto* hit = w.stats.keyness.find(key)) return *hit;
  const ResolvedScope ra = resolve_scope(a, w.corpus, w.tags);
  if (ra.error) return KeynessTable{{}, {}, 0, 0, ra.error};
  if (a.kind == ScopeKind::Rest) return KeynessTable{{}, {}, 0, 0, Message{Msg::ScopeRestAlone, {}}};
  auto table = keyness(in, ra, resolve_scope(b, w.corpus, w.tags, &ra), options);
  if (table.error) return table;
  return w.stats.keyness.put(std::move(key), std::move(table));
}

Distribution distribution(Workspace& w, const Scope& scope, std::span<const SeriesSpec> series, bool stem) {
  const StatsInputs in = prepare(w);
  std::string key = state_key(w);
  append(key, scope);
  append(key, stem ? "stem" : "key");
  for (const auto& s : series) append(key, (s.category ? "c:" : "w:") + s.word);
  if (const auto* hit = w.stats.distributions.find(key)) return *hit;
  auto d = distribution(in, resolve_scope(scope, w.corpus, w.tags), series, stem);
  if (d.error) return d;
  return w.stats.distributions.put(std::move(key), std::move(d));
}

Dispersion dispersion(Workspace& w, const Scope& scope, std::string_view word, bool stem) {
  const StatsInputs in = prepare(w);
  std::string key = state_key(w);
  append(key, scope);
  append(key, stem ? "stem" : "key");
  append(key, word);
  if (const auto* hit = w.stats.dispersions.find(key)) return *hit;
  auto d = dispersion(in, resolve_scope(scope, w.corpus, w.tags), word, stem);
  if (d.error) return d;
  return w.stats.dispersions.put(std::move(key), std::move(d));
}

std::vector<std::string> suggest_tags(Workspace& w, std::string_view article_id) {
  const StatsInputs in = prepare(w);
  const Article* a = w.corpus.find_article(article_id);
  if (!a) return {};
  std::string key = state_key(w);
  append(key, article_id);
  if (const auto* hit = w.stats.suggestions.find(key)) return *hit;
  return w.stats.suggestions.put(std::move(key), suggest_tags(in, *a));
}

}  // namespace wortblick::stats
