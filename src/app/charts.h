// Chart data kept in step with the settings, and the small helpers the chart views share.
#pragma once

#include <functional>
#include <string_view>

#include "app/model.h"

namespace wortblick::app {

bool is_chart_view(View view);

// "haeufigkeiten", "vergleich", ...: part of export file names.
const char* chart_file_stem(View view);

// The scope the user chose, completed: the open article when an article scope has no id, the
// first tag or category when none is chosen, the current query for the search scope (the
// session resolves it to every hit, as it does for the API).
stats::Scope resolve_scope(const Model& m, stats::ScopeKind kind, const std::string& id);

// The collocation options the settings describe (the session picks the minimum frequency).
stats::CollocationOptions collocation_options(const ChartSettings& c);

// What the charts' data depends on from the UI toolkit, measured by the caller: the text size
// and a text measurer (the word cloud places words by their size).
struct ChartMeasures {
  float font_size = 18.0f;
  std::function<stats::TextSize(std::string_view text, float px)> text_size;
};

// Recomputes the open chart when its inputs changed since the last time, once every added
// article is counted (until then the chart shows a progress bar). Call every frame before the views.
void refresh_charts(Model& m, const ChartMeasures& measures);
// The open article's text statistics for the reader's panel.
void refresh_reader_stats(Model& m);

}  // namespace wortblick::app
