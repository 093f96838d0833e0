// N-grams (clusters): recurring word sequences of a scope, with frequency and range; click one for its concordance.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "app/chart_controls.h"
#include "app/layout.h"
#include "app/views.h"

namespace wortblick::app {

void ngrams_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  ChartSettings c = model.charts;
  scope_row(model, actions);
  const float slider = em * 6;
  struct Setting {
    const char* label;
    int* value;
    int lo, hi;
  };
  for (const Setting& s : {Setting{str::kNgramLength(lang), &c.ngram_n, 2, 6}, Setting{str::kMinFreq(lang), &c.ngram_min_freq, 1, 20},
                           Setting{str::kMinRange(lang), &c.ngram_min_range, 1, 20}}) {
    flow(ImGui::CalcTextSize(s.label).x + slider + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(slider);
    int v = *s.value;
    if (ImGui::SliderInt(s.label, &v, s.lo, s.hi) && v != *s.value) {
      *s.value = v;
      c.ngram_position = std::min(c.ngram_position, c.ngram_n);
      actions.push(SetChartSettings{c});
    }
  }
  flow(em * 10);
  if (!ImGui::IsAnyItemActive()) vs.contains_input = c.ngram_contains;
  ImGui::SetNextItemWidth(std::min(em * 10, ImGui::GetContentRegionAvail().x));
  if (ImGui::InputTextWithHint("##contains", str::kContains(lang), &vs.contains_input, ImGuiInputTextFlags_EnterReturnsTrue)) {
    c.ngram_contains = vs.contains_input;
    actions.push(SetChartSettings{c});
  }
  flow(ImGui::CalcTextSize(str::kPosition(lang)).x + em * 7);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str::kPosition(lang));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em * 6);
  const std::string current = c.ngram_position == 0 ? str::kAnywhere(lang) : std::to_string(c.ngram_position);
  if (ImGui::BeginCombo("##position", current.c_str())) {
    for (int p = 0; p <= c.ngram_n; ++p) {
      const std::string label = p == 0 ? str::kAnywhere(lang) : std::to_string(p);
      if (ImGui::Selectable(label.c_str(), p == c.ngram_position)) {
        c.ngram_position = p;
        actions.push(SetChartSettings{c});
      }
    }
    ImGui::EndCombo();
  }
  flow(ImGui::CalcTextSize(str::kTopN(lang)).x + slider + ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::SetNextItemWidth(slider);
  int top = c.top_n;
  if (ImGui::SliderInt(str::kTopN(lang), &top, 5, 100) && top != c.top_n) {
    c.top_n = top;
    actions.push(SetChartSettings{c});
  }
  export_buttons(model, actions, true);
  if (counting_progress(model) || analysis_progress(model)) return;
  const stats::NgramTable& t = model.chart_data.ngrams;
  if (chart_error(model, t.error)) return;
  if (t.rows.empty()) {
    dimmed_wrapped(str::kNoNgrams(lang));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                     ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("ngrams", 3, kFlags, result_table_size())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(str::kNgram(lang), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(str::kCount(lang), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
  ImGui::TableSetupColumn(str::kArticles(lang), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& r = t.rows[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(i));
    // The whole n-gram wraps on a narrow pane rather than being cut.
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    const ImVec2 size = ImGui::CalcTextSize(r.ngram.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##ngram", false, 0, ImVec2(0, size.y))) actions.push(ExploreNgram{r.ngram});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", str::kOpenConcordance(lang));
    ImGui::SetCursorScreenPos(at);
    ImGui::TextUnformatted(r.ngram.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    ImGui::Text("%llu", static_cast<unsigned long long>(r.count));
    ImGui::TableNextColumn();
    ImGui::Text("%u", r.range);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace wortblick::app
