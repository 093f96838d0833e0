// Distribution across articles (Voyant "Trends"): up to 6 words or categories, relative frequency
// per article as grouped bars; click a bar to open the article with the word highlighted.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include <cstdio>
#include <string>
#include <vector>

#include "app/bar_chart.h"
#include "app/chart_controls.h"
#include "app/layout.h"
#include "app/tag_chip.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

std::string format_rate(double v) { return format_decimal(v, 1); }

// Series colors that stay apart on a projector.
constexpr unsigned int kSeriesColors[] = {IM_COL32(31, 119, 180, 255), IM_COL32(255, 127, 14, 255),
                                          IM_COL32(44, 160, 44, 255),  IM_COL32(214, 39, 40, 255),
                                          IM_COL32(148, 103, 189, 255), IM_COL32(140, 86, 75, 255)};

}  // namespace

void trends_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  ChartSettings c = model.charts;
  scope_row(model, actions);

  // The chosen words as removable chips, then a field to add one (a category name adds the category).
  for (std::size_t i = 0; i < c.trends.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    char color[8];
    const unsigned int rgb = kSeriesColors[i % 6];
    std::snprintf(color, sizeof color, "#%02x%02x%02x", rgb & 0xFF, (rgb >> 8) & 0xFF, (rgb >> 16) & 0xFF);
    if (tag_chip(c.trends[i].word, color, false, "×")) {
      ChartSettings next = c;
      next.trends.erase(next.trends.begin() + static_cast<std::ptrdiff_t>(i));
      actions.push(SetChartSettings{next});
    }
    ImGui::SameLine();
    ImGui::PopID();
  }
  if (c.trends.size() < 6) {
    flow(ImGui::GetFontSize() * 12);
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 12, ImGui::GetContentRegionAvail().x));
    if (ImGui::InputTextWithHint("##term", str::kWordsToCompare(lang), &vs.term_input,
                                 ImGuiInputTextFlags_EnterReturnsTrue) &&
        !vs.term_input.empty()) {
      const bool category = model.session.tags().find_category(vs.term_input) != nullptr;
      c.trends.push_back({vs.term_input, category});
      actions.push(SetChartSettings{c});
      vs.term_input.clear();
    }
  }
  const bool png = export_buttons(model, actions, false);
  if (counting_progress(model)) return;
  const stats::Distribution& d = model.chart_data.trends;
  if (chart_error(model, d.error)) return;
  std::vector<BarRow> rows;
  for (std::size_t a = 0; a < d.articles.size(); ++a) {
    BarRow row{d.articles[a]->title, {}};
    for (const auto& s : d.series) row.values.push_back(a < s.per1000.size() ? s.per1000[a] : 0.0);
    rows.push_back(std::move(row));
  }
  ImGui::TextDisabled("%s", str::kPer1000(lang));
  ImGui::BeginChild("##chart");
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const std::size_t n = std::max<std::size_t>(1, d.series.size());
  const BarChartEvents ev = bar_chart("trends", rows, std::span<const unsigned int>(kSeriesColors, n), format_rate);
  const ImVec2 bottom = ImGui::GetItemRectMax();
  if (ev.hovered_row && ev.hovered_series && *ev.hovered_series < d.series.size()) {
    const auto& s = d.series[*ev.hovered_series];
    ImGui::SetTooltip("%s\n%s: %llu (%.2f %s)\n\n%s", d.articles[*ev.hovered_row]->title.c_str(), s.label.c_str(),
                      static_cast<unsigned long long>(s.counts[*ev.hovered_row]), s.per1000[*ev.hovered_row],
                      str::kPer1000(lang), str::kClickArticle(lang));
  }
  if (ev.clicked_row && ev.clicked_series && *ev.clicked_series < d.series.size()) {
    const Article* article = d.articles[*ev.clicked_row];
    const auto& spec = c.trends[*ev.clicked_series];
    const std::size_t index = static_cast<std::size_t>(article - model.session.corpus().articles.data());
    actions.push(OpenArticleWithWord{index, spec.category ? "cat:" + spec.word : spec.word, std::nullopt});
  }
  remember_chart_rect(vs, top.x, top.y, bottom.x, bottom.y);
  if (png) queue_png(actions, top.x, top.y, bottom.x, bottom.y);
  ImGui::EndChild();
}

}  // namespace wortblick::app
