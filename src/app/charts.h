// Chart data kept in step with the settings, and the small helpers the chart views share.
#pragma once

#include "app/model.h"

namespace wortblick::app {

bool is_chart_view(View view);

// "haeufigkeiten", "vergleich", ...: part of export file names.
const char* chart_file_stem(View view);

// The scope the user chose, completed: the open article when an article scope has no id, the
// first tag or category when none is chosen, the search's hits for the search scope.
stats::Scope resolve_scope(const Model& m, stats::ScopeKind kind, const std::string& id);

// Counts new articles a few milliseconds per frame, then recomputes the open chart when its
// inputs changed since the last time. Call every frame before the views.
void refresh_charts(Model& m);

}  // namespace wortblick::app
