// One horizontal bar chart routine for every bar chart: top words, trends, keyness (+/-).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace wortblick::app {

struct BarRow {
  std::string label;
  std::vector<double> values;  // one per series; negative values grow to the left of zero
  unsigned int color = 0;      // ImU32 overriding the series color (e.g. a word category's); 0: none
  bool hide_value = false;     // reveal mode: no bar and no figure yet
  bool hide_label = false;     // reveal mode: "?" instead of the word
};

struct BarChartStyle {
  float row_height = 0;     // per series bar; rows add a gap of half a bar
  float label_width = 0;    // space left of the bars for the labels
  float value_width = 0;    // space right of the bars for the value text
  float width = 0;          // the whole chart
};

struct BarRect {
  std::size_t row = 0;
  std::size_t series = 0;
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // relative to the chart's top-left
};

struct BarGeometry {
  std::vector<BarRect> bars;
  float zero_x = 0;   // where value 0 sits
  float height = 0;   // the chart's total height
};

// Where every bar goes: scaled so the largest |value| fills the bar area; with negative values
// the zero line moves right in proportion. Pure layout, tested without ImGui.
BarGeometry bar_chart_geometry(std::span<const BarRow> rows, std::size_t series, const BarChartStyle& style);

struct BarChartEvents {
  std::optional<std::size_t> hovered_row, hovered_series;
  std::optional<std::size_t> clicked_row, clicked_series;
};

// Draws the chart at the cursor with ImGui's draw list and advances the cursor. `colors` has one
// ImU32 per series; `format` writes a value's text. Rows are virtualized by the window's clip rect.
BarChartEvents bar_chart(const char* id, std::span<const BarRow> rows, std::span<const unsigned int> colors,
                         std::string (*format)(double));

}  // namespace wortblick::app
