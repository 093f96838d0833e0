// Word frequencies: the top N words of a scope as a table and a bar chart; click a word to explore it.
#include <imgui.h>

#include <cstdio>
#include <string>
#include <vector>

#include "app/bar_chart.h"
#include "app/chart_controls.h"
#include "app/tag_chip.h"
#include "app/theme.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

std::string format_count(double v) { return std::to_string(static_cast<long long>(v)); }
std::string format_rate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

void frequencies_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  ChartSettings c = model.charts;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str::kScope(lang));
  ImGui::SameLine();
  if (scope_picker(model, "scope", c.scope, c.scope_id, false)) actions.push(SetChartSettings{c});
  word_options(model, vs, actions, true);
  const bool png = export_buttons(model, actions, true);
  if (counting_progress(model)) return;
  const stats::FrequencyTable& t = model.chart_data.table;
  if (!t.error.empty()) {
    ImGui::TextWrapped("%s", t.error.c_str());
    return;
  }
  ImGui::SameLine();
  ImGui::TextDisabled("%zu %s · %llu %s", t.articles, str::kArticles(lang), static_cast<unsigned long long>(t.words),
                      str::kWords(lang));

  std::vector<BarRow> rows;
  for (const auto& r : t.rows) rows.push_back({r.word, {c.relative ? r.per1000 : static_cast<double>(r.count)}});
  const unsigned int colors[] = {palette(model.display).accent};
  ImGui::BeginChild("##chart");
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const BarChartEvents ev = bar_chart("frequencies", rows, colors, c.relative ? format_rate : format_count);
  const ImVec2 bottom = ImGui::GetItemRectMax();
  if (ev.hovered_row) {
    const auto& r = t.rows[*ev.hovered_row];
    ImGui::SetTooltip("%s\n%s: %llu\n%s: %.2f\n%s: %u\n\n%s", r.word.c_str(), str::kCount(lang),
                      static_cast<unsigned long long>(r.count), str::kPer1000(lang), r.per1000, str::kInArticles(lang),
                      r.articles, str::kClickWord(lang));
  }
  if (ev.clicked_row) actions.push(ExploreWord{t.rows[*ev.clicked_row].word});
  if (png) queue_png(actions, top.x, top.y, bottom.x, bottom.y);
  ImGui::EndChild();
}

}  // namespace wortblick::app
