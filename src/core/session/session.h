// The one typed entry point to core: the app, the browser API and the node module all drive it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"
#include "core/search/concordance.h"
#include "core/search/search.h"
#include "core/search/user_texts.h"
#include "core/stats/charts.h"
#include "core/text/token.h"
#include "core/workspace.h"

namespace wortblick {

// What one step() did, for callers that show progress and notices.
struct StepReport {
  std::vector<Message> warnings;  // of the texts whose intake finished in this step
  bool searchable_changed = false;  // added texts became searchable: results may change
  std::size_t pending = 0;          // work units left (texts, articles to index, to count)
};

// How far added texts have come: each is taken in, indexed and counted.
struct Progress {
  std::size_t done = 0;
  std::size_t total = 0;
  bool busy() const { return done < total; }
};

// Owns the workspace. Reads go through workspace() (views draw from it); every change and every
// computation goes through a method here, so scopes, budgets and messages mean the same thing
// for every caller.
class Session {
 public:
  Session();  // over the seed texts compiled into the program
  explicit Session(Workspace workspace);

  const Workspace& workspace() const { return w_; }
  const Corpus& corpus() const { return w_.corpus; }
  // Tags and categories: the store's typed methods (each change is an undo step).
  tags::TagStore& tags() { return w_.tags; }
  const tags::TagStore& tags() const { return w_.tags; }

  // --- text
  // Tokens of `text` after UTF-8 repair and NFC; `cleaned` receives that text, which the tokens'
  // views point into (keep it alive while they are used).
  std::vector<text::Token> tokens(std::string_view text, std::string& cleaned);
  std::string stem_of_key(std::string_view key) { return std::string(w_.pipeline.stem_of_key(key)); }
  std::vector<std::string> stopwords() const;
  std::vector<std::string> edit_stopwords(const std::vector<std::string>& add, const std::vector<std::string>& remove);

  // --- search (texts still being indexed are not found until step() has indexed them)
  search::SearchResult search(std::string_view query, const search::SearchOptions& options);
  // Snippets of the hits in `articles` (rows scrolling into view; search() can skip them).
  std::vector<std::vector<search::Snippet>> snippets(std::span<const std::size_t> articles, std::string_view query,
                                                     const search::SearchOptions& options);
  search::ArticleMatches highlights(std::size_t article, std::string_view query, bool stem);
  std::vector<search::ConcordanceLine> concordance(std::string_view query, const search::ConcordanceOptions& options,
                                                   search::ConcordanceSort sort);
  // Sorted by up to three positions (L3..R3, search::concordance_position), and, when
  // `filter.collocate` is set, only the lines with that word near the match.
  struct CollocateFilter {
    std::string collocate;
    std::size_t left = 5;
    std::size_t right = 5;
  };
  std::vector<search::ConcordanceLine> concordance(std::string_view query, const search::ConcordanceOptions& options,
                                                   std::span<const int> sort_keys, const CollocateFilter& filter);
  double last_search_ms() const { return w_.search.last_search_ms; }

  // --- texts the user adds: queued, then taken in by step(). `budget_ms` of the work is done
  // now (infinity: all of it, indexed and searchable before this returns).
  search::AddTextsResult add_texts(std::vector<search::NewText> texts, double budget_ms);
  std::optional<Message> remove_text(std::string_view id);

  // --- statistics. A search scope means every article its query (scope.id; the ids when given)
  // finds, for every caller.
  stats::Scope resolve(stats::Scope scope);
  stats::FrequencyTable frequencies(const stats::Scope& scope, const stats::FrequencyOptions& options);
  stats::KeynessTable keyness(const stats::Scope& a, const stats::Scope& b, const stats::KeynessOptions& options);
  stats::Distribution distribution(const stats::Scope& scope, const std::vector<stats::SeriesSpec>& series, bool stem);
  stats::Dispersion dispersion(const stats::Scope& scope, std::string_view word, bool stem);
  std::vector<std::string> suggest_tags(std::string_view article_id);

  // --- corpus analysis. Collocates, n-grams and a scope's text statistics do `budget_ms` of their work now (infinity: all
  // of it) and the rest in step(); they return the table once it is complete. `fraction`
  // receives how far the job has come. A collocation min_freq of 0 means 3 on the corpus and 2
  // on any smaller scope.
  std::optional<stats::CollocationTable> collocates(const stats::Scope& scope, std::string_view node,
                                                    stats::CollocationOptions options, double budget_ms,
                                                    double* fraction = nullptr);
  std::optional<stats::NgramTable> ngrams(const stats::Scope& scope, const stats::NgramOptions& options,
                                          double budget_ms, double* fraction = nullptr);
  std::optional<stats::TextStats> text_stats(const stats::Scope& scope, double budget_ms, double* fraction = nullptr);
  const std::vector<stats::TextStats>& article_text_stats();  // corpus order, made at count time
  bool analysing() const;  // an analysis job is waiting for step()
  // One word's count in a scope (the numbers behind per-1000 rates, keyness and dispersion);
  // `numbers`: numbers count as words in the base, as WordOptions::numbers does for the charts.
  stats::WordCount count_word(const stats::Scope& scope, std::string_view word, bool stem, bool numbers = false);

  // --- background work: intake, then indexing, then counting for the charts, never much more
  // than `budget_ms` (at least one unit of work per call, so every call makes progress).
  StepReport step(double budget_ms);
  std::size_t pending() const;  // 0: every added text is searchable and counted
  Progress progress() const;
  // Moves when texts were removed or added texts became searchable: search results, the
  // selection and highlights must follow.
  std::uint64_t corpus_revision() const { return corpus_revision_; }

 private:
  search::SearchScope scope_of();
  std::size_t uncounted() const;  // articles not yet counted for the charts (cached)

  Workspace w_;
  std::uint64_t corpus_revision_ = 0;
  // Whether every article is counted takes a pass over the corpus; the UI asks several times a
  // frame, so the answer is kept until the corpus changes (only this class changes it).
  mutable std::optional<std::size_t> uncounted_;
};

}  // namespace wortblick
