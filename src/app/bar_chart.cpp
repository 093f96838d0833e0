// Bar chart layout and drawing with ImGui's draw list.
#include "app/bar_chart.h"

#include <imgui.h>

#include "app/clip_report.h"
#include "app/layout.h"

#include <algorithm>
#include <cmath>

namespace wortblick::app {

BarGeometry bar_chart_geometry(std::span<const BarRow> rows, std::size_t series, const BarChartStyle& style) {
  BarGeometry g;
  double max_pos = 0, max_neg = 0;
  for (const auto& r : rows) {
    for (const double v : r.values) {
      if (!std::isfinite(v)) continue;
      max_pos = std::max(max_pos, v);
      max_neg = std::max(max_neg, -v);
    }
  }
  const float area = std::max(1.0f, style.width - style.label_width - style.value_width);
  const double span = max_pos + max_neg > 0 ? max_pos + max_neg : 1.0;
  const float scale = static_cast<float>(area / span);
  g.zero_x = style.label_width + static_cast<float>(max_neg) * scale;
  const float gap = style.row_height * 0.5f;
  float y = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t s = 0; s < series; ++s) {
      const double v = s < rows[r].values.size() && std::isfinite(rows[r].values[s]) ? rows[r].values[s] : 0.0;
      const float len = static_cast<float>(v) * scale;
      BarRect b{r, s, std::min(g.zero_x, g.zero_x + len), y, std::max(g.zero_x, g.zero_x + len), y + style.row_height};
      g.bars.push_back(b);
      y += style.row_height;
    }
    y += gap;
  }
  g.height = y;
  return g;
}

BarChartEvents bar_chart(const char* id, std::span<const BarRow> rows, std::span<const unsigned int> colors,
                         std::string (*format)(double)) {
  BarChartEvents ev;
  const std::size_t series = std::max<std::size_t>(1, colors.size());
  const float em = ImGui::GetFontSize();
  BarChartStyle style;
  style.row_height = ImGui::GetTextLineHeight() * (series > 1 ? 0.9f : 1.2f);
  float widest = 0;
  for (const auto& r : rows) widest = std::max(widest, ImGui::CalcTextSize(r.label.c_str()).x);
  // Narrow panes give labels a larger share: a phone still shows enough of a title to know it.
  const float avail = ImGui::GetContentRegionAvail().x;
  style.label_width = std::min(widest + em * 0.6f, avail * (avail < em * 30 ? 0.45f : 0.35f));
  style.value_width = em * 4.5f;
  style.width = ImGui::GetContentRegionAvail().x;
  const BarGeometry g = bar_chart_geometry(rows, series, style);

  ImGui::PushID(id);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##chart", ImVec2(std::max(style.width, 1.0f), std::max(g.height, 1.0f)));
  report_last_item("##chart");
  const bool hovered = ImGui::IsItemHovered();
  const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 axis = ImGui::GetColorU32(ImGuiCol_Border);
  dl->AddLine(ImVec2(origin.x + g.zero_x, origin.y), ImVec2(origin.x + g.zero_x, origin.y + g.height), axis);
  for (const BarRect& b : g.bars) {
    const ImVec2 p0(origin.x + b.x0, origin.y + b.y0);
    const ImVec2 p1(origin.x + std::max(b.x1, b.x0 + 1.0f), origin.y + b.y1);
    // The whole row's band (label to value) is the hover target, so short bars are easy to hit.
    const bool in_row = hovered && mouse.y >= p0.y && mouse.y < p1.y;
    if (!ImGui::IsRectVisible(ImVec2(origin.x, p0.y), ImVec2(origin.x + style.width, p1.y))) continue;
    const ImU32 fill = rows[b.row].color ? rows[b.row].color : colors.empty() ? text : colors[b.series % colors.size()];
    if (!rows[b.row].hide_value) dl->AddRectFilled(p0, p1, fill, 2.0f);
    if (in_row) {
      dl->AddRect(ImVec2(origin.x, p0.y), ImVec2(origin.x + style.width, p1.y), text, 2.0f);
      ev.hovered_row = b.row;
      ev.hovered_series = b.series;
      if (clicked) {
        ev.clicked_row = b.row;
        ev.clicked_series = b.series;
      }
    }
    const BarRow& row = rows[b.row];
    const float ty = p0.y + (b.y1 - b.y0 - ImGui::GetTextLineHeight()) * 0.5f;
    if (b.series == 0) {
      // A long label (an article's title) is cut in the middle, where it says least; the
      // views' tooltips show all of it.
      const std::string label = row.hide_label ? "?" : shorten_middle(row.label, style.label_width - em * 0.3f);
      const float lw = ImGui::CalcTextSize(label.c_str()).x;
      dl->AddText(ImVec2(origin.x + std::max(0.0f, style.label_width - em * 0.3f - lw), ty), text, label.c_str());
    }
    const double v = b.series < row.values.size() ? row.values[b.series] : 0.0;
    if (row.hide_value) {
      dl->AddText(ImVec2(origin.x + g.zero_x + em * 0.3f, ty), axis, "?");
      continue;
    }
    const std::string value = format(v);
    const float vx = v >= 0 ? p1.x + em * 0.3f : p0.x - em * 0.3f - ImGui::CalcTextSize(value.c_str()).x;
    dl->AddText(ImVec2(vx, ty), text, value.c_str());
  }
  ImGui::PopID();
  return ev;
}

}  // namespace wortblick::app
