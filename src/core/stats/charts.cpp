// Keeping the counts in step and caching results for the workspace-level statistics.
#include "core/stats/charts.h"

#include "core/stats/suggest_tags.h"

#include <variant>

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
    w.stats.collocations.clear();
    w.stats.ngrams.clear();
    w.stats.job = std::monostate{};
    w.stats.job_key.clear();
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

namespace {

template <class Counter>
Counter* running(Workspace& w, const std::string& key) {
  if (w.stats.job_key != key) return nullptr;
  return std::get_if<Counter>(&w.stats.job);
}

// Runs the job in the slot for up to `budget_ms`; when it finishes its table is cached.
template <class Counter, class Table>
std::optional<Table> advance(Workspace& w, ResultCache<Table>& cache, Counter& counter, double budget_ms,
                             double* fraction) {
  const bool done = counter.step(budget_ms);
  if (fraction) *fraction = counter.fraction();
  if (!done) return std::nullopt;
  Table table = counter.result();
  std::string key = std::move(w.stats.job_key);
  w.stats.job = std::monostate{};
  w.stats.job_key.clear();
  if (table.error) return table;
  return cache.put(std::move(key), std::move(table));
}

}  // namespace

std::optional<CollocationTable> collocates(Workspace& w, const Scope& scope, std::string_view node,
                                           const CollocationOptions& options, double budget_ms, double* fraction) {
  const StatsInputs in = prepare(w);
  std::string key = state_key(w);
  append(key, "collocates");
  append(key, scope);
  append(key, node);
  append(key, options.words);
  append(key, std::to_string(options.left) + ':' + std::to_string(options.right) + ':' + std::to_string(options.sentence) +
                  ':' + std::to_string(options.min_freq) + ':' + std::string(measure_name(options.sort)) + ':' +
                  std::to_string(options.limit));
  if (const auto* hit = w.stats.collocations.find(key)) {
    if (fraction) *fraction = 1;
    return *hit;
  }
  auto* counter = running<CollocateCounter>(w, key);
  if (!counter) {
    w.stats.job.emplace<CollocateCounter>(in, resolve_scope(scope, w.corpus, w.tags), node, options);
    w.stats.job_key = key;
    counter = &std::get<CollocateCounter>(w.stats.job);
  }
  return advance(w, w.stats.collocations, *counter, budget_ms, fraction);
}

std::optional<NgramTable> ngrams(Workspace& w, const Scope& scope, const NgramOptions& options, double budget_ms,
                                 double* fraction) {
  const StatsInputs in = prepare(w);
  std::string key = state_key(w);
  append(key, "ngrams");
  append(key, scope);
  append(key, options.contains);
  append(key, std::to_string(options.n) + ':' + std::to_string(options.min_freq) + ':' + std::to_string(options.min_range) +
                  ':' + std::to_string(options.position) + ':' + std::to_string(options.limit));
  if (const auto* hit = w.stats.ngrams.find(key)) {
    if (fraction) *fraction = 1;
    return *hit;
  }
  auto* counter = running<NgramCounter>(w, key);
  if (!counter) {
    w.stats.job.emplace<NgramCounter>(in, resolve_scope(scope, w.corpus, w.tags), options);
    w.stats.job_key = key;
    counter = &std::get<NgramCounter>(w.stats.job);
  }
  return advance(w, w.stats.ngrams, *counter, budget_ms, fraction);
}

bool step_analysis(Workspace& w, double budget_ms) {
  // A job made before the corpus or the tags changed reads stale counts: drop it (the view
  // asks again and starts a new one).
  if (w.stats.job_key.rfind(state_key(w), 0) != 0 || w.stats.index.pending(w.corpus) > 0) {
    w.stats.job = std::monostate{};
    w.stats.job_key.clear();
    return false;
  }
  if (auto* c = std::get_if<CollocateCounter>(&w.stats.job)) advance(w, w.stats.collocations, *c, budget_ms, nullptr);
  else if (auto* n = std::get_if<NgramCounter>(&w.stats.job)) advance(w, w.stats.ngrams, *n, budget_ms, nullptr);
  else if (auto* t = std::get_if<TextStatsCounter>(&w.stats.job)) advance(w, w.stats.text_stats, *t, budget_ms, nullptr);
  return analysis_running(w);
}

bool analysis_running(const Workspace& w) { return !std::holds_alternative<std::monostate>(w.stats.job); }

std::optional<TextStats> text_stats(Workspace& w, const Scope& scope, double budget_ms, double* fraction) {
  const StatsInputs in = prepare(w);
  std::string key = state_key(w);
  append(key, "textstats");
  append(key, scope);
  if (const auto* hit = w.stats.text_stats.find(key)) {
    if (fraction) *fraction = 1;
    return *hit;
  }
  auto* counter = running<TextStatsCounter>(w, key);
  if (!counter) {
    ResolvedScope resolved = resolve_scope(scope, w.corpus, w.tags);
    // One article's figures were made when it was counted: answered now, leaving the job slot alone.
    if (resolved.error || resolved.articles.size() <= 1) {
      auto s = text_stats(in, resolved);
      if (fraction) *fraction = 1;
      if (s.error) return s;
      return w.stats.text_stats.put(std::move(key), std::move(s));
    }
    w.stats.job.emplace<TextStatsCounter>(in, resolved);
    w.stats.job_key = key;
    counter = &std::get<TextStatsCounter>(w.stats.job);
  }
  return advance(w, w.stats.text_stats, *counter, budget_ms, fraction);
}

const std::vector<TextStats>& article_text_stats(Workspace& w) {
  prepare(w);
  const std::string key = state_key(w);
  if (const auto* hit = w.stats.article_stats.find(key)) return *hit;
  // Each article's figures were made when it was counted: this only assembles them.
  std::vector<TextStats> all;
  all.reserve(w.corpus.articles.size());
  for (const auto& a : w.corpus.articles) {
    const ArticleCounts* c = w.stats.index.find(a.id);
    all.push_back(c ? text_stats_of(c->figures, c->vocabulary, 1) : text_stats_of({}, {}, 1));
  }
  w.stats.article_stats.clear();  // one entry is all that is ever asked for
  return w.stats.article_stats.put(key, std::move(all));
}

WordCount count_word(Workspace& w, const Scope& scope, std::string_view word, bool stem, bool numbers) {
  const StatsInputs in = prepare(w);
  const ResolvedScope resolved = resolve_scope(scope, w.corpus, w.tags);
  if (resolved.error) {
    WordCount none;
    none.error = resolved.error;
    return none;
  }
  return count_word(in, resolved, word, stem, numbers);
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
