// The session's methods: scope resolution, the background scheduler and the calls it routes.
#include "core/session/session.h"

#include <algorithm>
#include <limits>

#include "core/stats/suggest_tags.h"
#include "core/text/clean_text.h"

namespace wortblick {
namespace {

// Search reads tags and categories through hooks, so the search code needs no tag store.
search::SearchHooks hooks_over(const tags::TagStore& store) {
  search::SearchHooks h;
  h.tagged_articles = [&store](std::string_view name) -> std::optional<std::vector<std::string>> {
    const auto* t = store.find_tag(name);
    if (!t) return std::nullopt;
    return std::vector<std::string>(t->articles.begin(), t->articles.end());
  };
  h.category_words = [&store](std::string_view name) -> std::optional<search::CategoryWords> {
    const auto* c = store.find_category(name);
    if (!c) return std::nullopt;
    return search::CategoryWords{c->words, c->stem};
  };
  return h;
}

}  // namespace

Session::Session() : Session(make_embedded_workspace()) {
  // The seeds are few: counted for the charts now, so a fresh session has no work pending.
  (void)step(std::numeric_limits<double>::infinity());
}

Session::Session(Workspace workspace) : w_(std::move(workspace)) {}

search::SearchScope Session::scope_of() {
  // The hooks are rebuilt per call: they point into w_, which moves with the session.
  w_.search.hooks = hooks_over(w_.tags);
  return {w_.search.index, w_.corpus, w_.pipeline.stopwords(), w_.search.hooks};
}

std::vector<text::Token> Session::tokens(std::string_view input, std::string& cleaned) {
  // Offsets refer to the text after UTF-8 repair and NFC, which is the input itself for any
  // well-formed NFC string.
  cleaned = text::clean_text(input).text;
  return w_.pipeline.tokenize(cleaned);
}

std::vector<std::string> Session::stopwords() const { return w_.pipeline.stopwords().keys(); }

std::vector<std::string> Session::edit_stopwords(const std::vector<std::string>& add,
                                                 const std::vector<std::string>& remove) {
  text::Stopwords list = w_.pipeline.stopwords();
  for (const auto& word : add) list.add(word);
  for (const auto& word : remove) list.remove(word);
  // Cached charts notice the new list themselves (stats compares it on every call).
  w_.pipeline.set_stopwords(std::move(list));
  return stopwords();
}

search::SearchResult Session::search(std::string_view query, const search::SearchOptions& options) {
  const double t0 = search::now_ms();
  auto r = search::search(scope_of(), query, options);
  w_.search.last_search_ms = search::now_ms() - t0;
  return r;
}

std::vector<std::vector<search::Snippet>> Session::snippets(std::span<const std::size_t> articles,
                                                            std::string_view query,
                                                            const search::SearchOptions& options) {
  return search::hit_snippets(scope_of(), articles, query, options);
}

search::ArticleMatches Session::highlights(std::size_t article, std::string_view query, bool stem) {
  search::SearchOptions options;
  options.stem = stem;
  return search::article_matches(scope_of(), article, query, options);
}

std::vector<search::ConcordanceLine> Session::concordance(std::string_view query,
                                                          const search::ConcordanceOptions& options,
                                                          search::ConcordanceSort sort) {
  auto lines = search::concordance(scope_of(), query, options);
  search::sort_concordance(lines, sort);
  return lines;
}

namespace {

// The last `n` code points of `s` (from_end) or its first `n`.
std::string code_points(std::string_view s, std::size_t n, bool from_end) {
  std::size_t seen = 0;
  if (from_end) {
    std::size_t i = s.size();
    while (i > 0 && seen < n) {
      --i;
      if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) ++seen;
    }
    return std::string(s.substr(i));
  }
  std::size_t i = 0;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80 && seen++ == n) break;
    ++i;
  }
  return std::string(s.substr(0, i));
}

}  // namespace

std::vector<search::ConcordanceLine> Session::concordance(std::string_view query,
                                                          const search::ConcordanceOptions& options,
                                                          std::span<const int> sort_keys,
                                                          const CollocateFilter& filter) {
  if (filter.collocate.empty()) {
    // A limit keeps the first lines of the sorted concordance (as with a collocate filter
    // below): cut before sorting, it would sort only the first lines in corpus order.
    search::ConcordanceOptions all = options;
    if (!sort_keys.empty()) all.limit = 0;
    auto lines = search::concordance(scope_of(), query, all);
    search::sort_concordance(lines, sort_keys);
    if (options.limit && lines.size() > options.limit) lines.resize(options.limit);
    return lines;
  }
  // Ten words need more context than a short line shows: filter on a wide one, then cut it.
  search::ConcordanceOptions wide = options;
  wide.width = std::max<std::size_t>(options.width, 160);
  wide.limit = 0;
  auto lines = search::concordance(scope_of(), query, wide);
  const std::string key = stats::word_key(w_.pipeline, filter.collocate);
  auto& pipeline = w_.pipeline;
  const bool stem = options.stem;
  search::filter_concordance(lines, key, filter.left, filter.right, [&pipeline, stem](std::string_view k) {
    return stem ? std::string(pipeline.stem_of_key(k)) : std::string(k);
  });
  search::sort_concordance(lines, sort_keys);
  if (options.limit && lines.size() > options.limit) lines.resize(options.limit);
  for (auto& l : lines) {
    l.left = code_points(l.left, options.width, true);
    l.right = code_points(l.right, options.width, false);
  }
  return lines;
}

search::AddTextsResult Session::add_texts(std::vector<search::NewText> texts, double budget_ms) {
  const double start = search::now_ms();
  auto r = search::queue_texts(w_, std::move(texts));
  if (r.error) return r;
  // Only this batch's articles are reported; earlier queued texts finish first (corpus order).
  const std::size_t first_source = w_.corpus.sources.size() + (w_.search.intake.size() - r.ids.size());
  do {
    const double left = budget_ms - (search::now_ms() - start);
    auto done = step(std::max(left, 0.0));
    r.warnings.insert(r.warnings.end(), done.warnings.begin(), done.warnings.end());
    if (done.pending == 0) break;
  } while (search::now_ms() - start < budget_ms);
  for (const auto& a : w_.corpus.articles)
    if (a.source >= first_source) r.articles.push_back(a.id);
  return r;
}

std::optional<Message> Session::remove_text(std::string_view id) {
  uncounted_.reset();
  auto error = search::remove_text(w_, id);
  if (!error) ++corpus_revision_;
  return error;
}

stats::Scope Session::resolve(stats::Scope scope) {
  if (scope.kind != stats::ScopeKind::Search || !scope.ids.empty()) return scope;
  search::SearchOptions options;
  options.stem = scope.search_stem;
  options.limit = w_.corpus.articles.size();
  options.snippets = 0;
  // A query without hits leaves the list empty: an empty scope, as it should be.
  for (const auto& hit : search(scope.id, options).hits) scope.ids.push_back(w_.corpus.articles[hit.article].id);
  return scope;
}

stats::FrequencyTable Session::frequencies(const stats::Scope& scope, const stats::FrequencyOptions& options) {
  uncounted_.reset();  // counts what is missing before answering
  return stats::frequencies(w_, resolve(scope), options);
}

stats::KeynessTable Session::keyness(const stats::Scope& a, const stats::Scope& b, const stats::KeynessOptions& options) {
  uncounted_.reset();  // counts what is missing before answering
  return stats::keyness(w_, resolve(a), resolve(b), options);
}

stats::Distribution Session::distribution(const stats::Scope& scope, const std::vector<stats::SeriesSpec>& series,
                                          bool stem) {
  uncounted_.reset();  // counts what is missing before answering
  return stats::distribution(w_, resolve(scope), series, stem);
}

stats::Dispersion Session::dispersion(const stats::Scope& scope, std::string_view word, bool stem) {
  uncounted_.reset();  // counts what is missing before answering
  return stats::dispersion(w_, resolve(scope), word, stem);
}

std::vector<std::string> Session::suggest_tags(std::string_view article_id) {
  uncounted_.reset();  // counts what is missing before answering
  return stats::suggest_tags(w_, article_id);
}

std::optional<stats::CollocationTable> Session::collocates(const stats::Scope& scope, std::string_view node,
                                                           stats::CollocationOptions options, double budget_ms,
                                                           double* fraction) {
  uncounted_.reset();  // counts what is missing before answering
  if (options.min_freq == 0) options.min_freq = scope.kind == stats::ScopeKind::Corpus ? 3 : 2;
  return stats::collocates(w_, resolve(scope), node, options, budget_ms, fraction);
}

std::optional<stats::NgramTable> Session::ngrams(const stats::Scope& scope, const stats::NgramOptions& options,
                                                 double budget_ms, double* fraction) {
  uncounted_.reset();
  return stats::ngrams(w_, resolve(scope), options, budget_ms, fraction);
}

std::optional<stats::TextStats> Session::text_stats(const stats::Scope& scope, double budget_ms, double* fraction) {
  uncounted_.reset();
  return stats::text_stats(w_, resolve(scope), budget_ms, fraction);
}

const std::vector<stats::TextStats>& Session::article_text_stats() {
  uncounted_.reset();
  return stats::article_text_stats(w_);
}

stats::WordCount Session::count_word(const stats::Scope& scope, std::string_view word, bool stem, bool numbers) {
  uncounted_.reset();
  return stats::count_word(w_, resolve(scope), word, stem, numbers);
}

bool Session::analysing() const { return stats::analysis_running(w_); }

StepReport Session::step(double budget_ms) {
  const double start = search::now_ms();
  StepReport r;
  if (pending() == 0) {
    // Last in line: a collocation or n-gram job, once every text is counted.
    if (analysing()) stats::step_analysis(w_, budget_ms);
    return r;
  }
  const bool was_searching = search::pending_work(w_) > 0;
  // One kind of work per pass, in pipeline order; a pass always does some work, so a zero
  // budget still moves forward. Finding the uncounted articles takes a pass over the corpus
  // (10,000 added texts: milliseconds), so it is done once per change, not once per pass.
  do {
    const double left = std::max(budget_ms - (search::now_ms() - start), 0.0);
    if (!w_.search.intake.empty()) {
      auto done = search::intake_step(w_, left);
      uncounted_.reset();  // the new articles are still to be counted
      r.warnings.insert(r.warnings.end(), done.warnings.begin(), done.warnings.end());
    } else if (search::pending_work(w_) > 0) {
      search::index_step(w_.search.index, w_.corpus, left);
    } else if (uncounted() > 0) {
      uncounted_ = stats::step(w_, left);  // what it left for later
    } else {
      break;
    }
  } while (search::now_ms() - start < budget_ms);
  r.searchable_changed = was_searching && search::pending_work(w_) == 0;
  if (r.searchable_changed) ++corpus_revision_;
  r.pending = pending();
  return r;
}

std::size_t Session::uncounted() const {
  if (!uncounted_) uncounted_ = stats::pending(w_);
  return *uncounted_;
}

std::size_t Session::pending() const { return search::pending_work(w_) + uncounted(); }

Progress Session::progress() const {
  // Each text is taken in, indexed and counted: a third of the bar each (a text is about one
  // article).
  const std::size_t articles = w_.corpus.articles.size();
  const std::size_t counted = articles - std::min(articles, uncounted());
  return {articles + w_.search.index.indexed_articles() + counted, 3 * (articles + w_.search.intake.size())};
}

}  // namespace wortblick
