// The statistics the UI and the API ask for, over a whole workspace, with caching.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/stats/collocates.h"
#include "core/stats/dispersion.h"
#include "core/stats/distribution.h"
#include "core/stats/frequencies.h"
#include "core/stats/keyness.h"
#include "core/stats/ngrams.h"
#include "core/stats/text_stats.h"
#include "core/workspace.h"

namespace wortblick::stats {

// Counts articles added to the corpus within `budget_ms`; returns how many are left. A UI
// calls it once per frame while it returns > 0 and draws a progress note meanwhile: the
// functions below count whatever is missing before answering, which would block a frame.
std::size_t step(Workspace& w, double budget_ms);
std::size_t pending(const Workspace& w);

// Cached by scope, options, corpus state, tag revision and stop list.
FrequencyTable frequencies(Workspace& w, const Scope& scope, const FrequencyOptions& options);
// `b` may be {ScopeKind::Rest}: every article not in `a`.
KeynessTable keyness(Workspace& w, const Scope& a, const Scope& b, const KeynessOptions& options);
// Distribution and dispersion are cached too (dispersion tokenizes every article containing
// the word again: about 0.3 ms per article natively).
Distribution distribution(Workspace& w, const Scope& scope, std::span<const SeriesSpec> series, bool stem);
Dispersion dispersion(Workspace& w, const Scope& scope, std::string_view word, bool stem);
// Collocates, n-grams and a scope's text statistics can take longer than a frame on a large corpus. Each call does up to
// `budget_ms` of the work and returns the table when it is complete; otherwise the job stays
// (one at a time: a new request replaces it) and step_analysis() goes on with it. `fraction`
// receives how far it has come. An infinite budget always returns the table.
std::optional<CollocationTable> collocates(Workspace& w, const Scope& scope, std::string_view node,
                                           const CollocationOptions& options, double budget_ms,
                                           double* fraction = nullptr);
std::optional<NgramTable> ngrams(Workspace& w, const Scope& scope, const NgramOptions& options, double budget_ms,
                                 double* fraction = nullptr);
std::optional<TextStats> text_stats(Workspace& w, const Scope& scope, double budget_ms, double* fraction = nullptr);
// True while a job is left; the finished table goes to the cache for the next call.
bool step_analysis(Workspace& w, double budget_ms);
bool analysis_running(const Workspace& w);
// Every article's statistics, in corpus order (one pass over the counts; cached).
const std::vector<TextStats>& article_text_stats(Workspace& w);
WordCount count_word(Workspace& w, const Scope& scope, std::string_view word, bool stem, bool numbers = false);
// Up to 5 words; empty for an unknown id (suggest_tags.h).
std::vector<std::string> suggest_tags(Workspace& w, std::string_view article_id);

}  // namespace wortblick::stats
