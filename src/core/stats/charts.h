// The statistics the UI and the API ask for, over a whole workspace, with caching.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/stats/dispersion.h"
#include "core/stats/distribution.h"
#include "core/stats/frequencies.h"
#include "core/stats/keyness.h"
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
// Up to 5 words; empty for an unknown id (suggest_tags.h).
std::vector<std::string> suggest_tags(Workspace& w, std::string_view article_id);

}  // namespace wortblick::stats
