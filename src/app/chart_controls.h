// Controls the chart views share: scope picker, word options, export buttons, counting progress.
#pragma once

#include <string>

#include <imgui.h>

#include "app/actions.h"
#include "app/model.h"

namespace wortblick::app {

// A combo for the scope kind plus, where the kind needs one, a combo for the article/tag/category.
// Returns true when the user changed it (kind and id written to the arguments).
bool scope_picker(const Model& m, const char* id, stats::ScopeKind& kind, std::string& scope_id, bool allow_rest);

// On a narrow pane a folded header (true while open); elsewhere always true, with no header.
bool narrow_section(const char* label);

// Stop words, stems, minimum length, numbers; queues SetChartSettings on change.
void word_options(const Model& m, ViewState& vs, Actions& actions, bool with_top_n);

// CSV (queued at once) and PNG buttons; returns true when PNG was clicked: the view then
// queues its chart's rectangle with queue_png once the chart is drawn.
bool export_buttons(const Model& m, Actions& actions, bool csv);
void queue_png(Actions& actions, float x0, float y0, float x1, float y1);
// Where the open chart was drawn this frame, for saving it without its button (the page's API).
void remember_chart_rect(ViewState& vs, float x0, float y0, float x1, float y1);

// While articles are being counted: a progress bar instead of the chart. Returns true when waiting.
bool counting_progress(const Model& m);
// The outer size of a scrolling result table: the rest of the pane, but at least a dozen rows,
// so on a short screen (a projector at 1024x768 with large type) the pane scrolls to the table
// rather than squeezing it to two rows under the controls.
ImVec2 result_table_size();
// While the session computes collocates, n-grams or text statistics over several frames: a progress bar.
bool analysis_progress(const Model& m);
// A number that opens its explanation ("Wie wird das berechnet?") when clicked or tapped; true
// on the click (the view then queues ShowExplanation).
bool figure_cell(const std::string& text, int id);
// The small button that explains the chart's main figure.
bool how_calculated_button(const Model& m);
// Shows why the chart cannot be drawn (in the UI's language); true when it did.
bool chart_error(const Model& m, const std::optional<Message>& error);

const char* scope_label(Lang lang, stats::ScopeKind kind);

// Reveal mode's row (off / hide values / hide words; back, reveal, reveal all) and its keys:
// arrow right or down reveals the next bar, left or up hides it again.
void reveal_controls(const Model& m, Actions& actions);

// "Bereich [scope]": the scope row every single-scope chart starts with.
void scope_row(const Model& m, Actions& actions);

// Value labels for the bar charts.
std::string format_count(double v);
std::string format_decimal(double v, int decimals);

}  // namespace wortblick::app
