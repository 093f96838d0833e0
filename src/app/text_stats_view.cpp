// Text statistics: the scope's figures on top, then every article in a table sortable by each figure.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/chart_controls.h"
#include "app/layout.h"
#include "app/text_stats_columns.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

void explain(Actions& actions, const stats::TextStats& s, const char* figure) {
  if (auto e = stats::explain_text_stat(figure, s)) actions.push(ShowExplanation{std::move(*e)});
}

}  // namespace

// The figures of one text or scope as label/value pairs that flow with the pane's width; each
// value opens its explanation. Shared with the reader's panel.
void text_figures(const Model& model, const stats::TextStats& s, Actions& actions) {
  const Lang lang = model.display.lang;
  const ImGuiStyle& style = ImGui::GetStyle();
  for (int k = 0; k < kTextStatColumnCount; ++k) {
    const std::string label = std::string((*kTextStatColumns[k].label)(lang)) + ":";
    const std::string number = text_stat_shown(s, k);
    flow(ImGui::CalcTextSize(label.c_str()).x + ImGui::CalcTextSize(number.c_str()).x + style.ItemInnerSpacing.x +
         style.FramePadding.x * 2);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", label.c_str());
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    if (figure_cell(number, 100 + k)) explain(actions, s, kTextStatColumns[k].figure);
  }
  const std::string coverage = std::string(str::kCoverageLine(lang)) + ":";
  flow(ImGui::CalcTextSize(coverage.c_str()).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", coverage.c_str());
  for (std::size_t i = 0; i < s.coverage.size(); ++i) {
    flow(ImGui::CalcTextSize(std::to_string(s.coverage[i]).c_str()).x + style.FramePadding.x * 2);
    if (figure_cell(std::to_string(s.coverage[i]), 200 + static_cast<int>(i))) {
      explain(actions, s, ("coverage" + std::to_string(stats::kCoverageLevels[i])).c_str());
    }
  }
}

void text_stats_view(const Model& model, ViewState& vs, Actions& actions) {
  (void)vs;
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  scope_row(model, actions);
  export_buttons(model, actions, true);
  if (counting_progress(model) || analysis_progress(model)) return;
  const stats::TextStats& scope = model.chart_data.text_stats;
  if (chart_error(model, scope.error)) return;
  text_figures(model, scope, actions);
  dimmed_wrapped(str::kTapFigure(lang));
  ImGui::Separator();

  // Every article, sortable by any figure (a click on a column's header).
  ImGui::TextUnformatted(str::kEveryArticle(lang));
  const auto& corpus = model.session.corpus();
  const auto& each = model.chart_data.article_stats;
  const auto& order = model.chart_data.article_order;  // sorted when the data or the sort changed
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable |
                                ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("textstats", kTextStatColumnCount + 1, flags, result_table_size())) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn(str::kTitle(lang), ImGuiTableColumnFlags_WidthFixed, std::min(em * 14, ImGui::GetContentRegionAvail().x * 0.4f));
  for (const auto& c : kTextStatColumns) ImGui::TableSetupColumn(c.label->operator()(lang), ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      ChartSettings c = model.charts;
      c.text_sort = specs->Specs[0].ColumnIndex - 1;
      c.text_sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
      if (c.text_sort != model.charts.text_sort || c.text_sort_descending != model.charts.text_sort_descending)
        actions.push(SetChartSettings{c});
    }
    specs->SpecsDirty = false;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(order.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const std::size_t i = order[static_cast<std::size_t>(row)];
      if (i >= each.size() || i >= corpus.articles.size()) continue;
      const auto& a = corpus.articles[i];
      ImGui::TableNextRow();
      ImGui::PushID(a.id.c_str());
      ImGui::TableNextColumn();
      // Long titles are cut in the middle to their column (the tooltip has all of it), as the
      // bar charts' labels are; the row opens the article.
      const std::string title = shorten_middle(a.title, ImGui::GetContentRegionAvail().x);
      const ImVec2 at = ImGui::GetCursorScreenPos();
      if (ImGui::Selectable("##article")) actions.push(SelectArticle{i});
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.title.c_str());
      ImGui::GetWindowDrawList()->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), title.c_str());
      for (int k = 0; k < kTextStatColumnCount; ++k) {
        ImGui::TableNextColumn();
        if (figure_cell(text_stat_shown(each[i], k), k)) explain(actions, each[i], kTextStatColumns[k].figure);
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace wortblick::app
