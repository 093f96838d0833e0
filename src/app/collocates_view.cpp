// Collocates of a word, phrase or category: a table ranked by one measure, or a network around the node.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app/chart_controls.h"
#include "app/clip_report.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

using stats::CollocationMeasure;

struct MeasureColumn {
  CollocationMeasure measure;
  const char* name;
};
constexpr MeasureColumn kMeasures[] = {{CollocationMeasure::LogDice, "logDice"}, {CollocationMeasure::MI, "MI"},
                                       {CollocationMeasure::MI3, "MI3"},         {CollocationMeasure::T, "t"},
                                       {CollocationMeasure::Z, "z"},             {CollocationMeasure::LL, "LL"},
                                       {CollocationMeasure::Frequency, nullptr}};

const char* measure_label(CollocationMeasure m, Lang lang) {
  for (const auto& c : kMeasures)
    if (c.measure == m) return c.name ? c.name : str::kFrequencyMeasure(lang);
  return "";
}

stats::Explanation explain(const Model& model, const stats::CollocationTable& t, const stats::CollocationRow& r,
                           CollocationMeasure m) {
  return stats::explain_collocation(t.node, r.word, m, r.counts, static_cast<std::uint32_t>(model.charts.left),
                                    static_cast<std::uint32_t>(model.charts.right));
}

void window_and_measure(const Model& model, Actions& actions);

void controls(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  ChartSettings c = model.charts;
  scope_row(model, actions);
  flow(em * 14);
  if (!ImGui::IsAnyItemActive() && vs.node_input.empty()) vs.node_input = c.node;
  ImGui::SetNextItemWidth(std::min(em * 14, ImGui::GetContentRegionAvail().x));
  if (ImGui::InputTextWithHint("##node", str::kNode(lang), &vs.node_input, ImGuiInputTextFlags_EnterReturnsTrue) &&
      vs.node_input.find_first_not_of(' ') != std::string::npos) {
    c.node = vs.node_input;
    c.second_node.clear();
    actions.push(SetChartSettings{c});
  }
  for (auto [label, network] : {std::pair{str::kTableMode(lang), false}, std::pair{str::kNetworkMode(lang), true}}) {
    flow(checkbox_width(label));
    if (ImGui::RadioButton(label, c.network == network) && c.network != network) {
      c.network = network;
      actions.push(SetChartSettings{c});
    }
  }
  if (narrow_section(str::kWindowAndMeasure(lang))) window_and_measure(model, actions);
  word_options(model, vs, actions, true);
}

// The window (words left and right, within the sentence or not) and the measure ranked by.
void window_and_measure(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  ChartSettings c = model.charts;
  const float slider = em * 7;
  for (auto [label, value] : {std::pair{str::kWindowLeft(lang), &c.left}, std::pair{str::kWindowRight(lang), &c.right}}) {
    flow(ImGui::CalcTextSize(label).x + slider + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(slider);
    int v = *value;
    if (ImGui::SliderInt(label, &v, 0, 10) && v != *value) {
      *value = v;
      if (c.left + c.right > 0) actions.push(SetChartSettings{c});
    }
  }
  flow(checkbox_width(str::kInSentence(lang)));
  if (ImGui::Checkbox(str::kInSentence(lang), &c.sentence)) actions.push(SetChartSettings{c});

  flow(ImGui::CalcTextSize(str::kMeasure(lang)).x + em * 9);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str::kMeasure(lang));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em * 8);
  if (ImGui::BeginCombo("##measure", measure_label(c.measure, lang))) {
    for (const auto& m : kMeasures) {
      if (ImGui::Selectable(measure_label(m.measure, lang), m.measure == c.measure)) {
        c.measure = m.measure;
        actions.push(SetChartSettings{c});
      }
    }
    ImGui::EndCombo();
  }
}

void table(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  const stats::CollocationTable& t = model.chart_data.collocations;
  // Columns as wide as their figures; a narrow pane scrolls sideways with the first column kept.
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable |
                                ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("collocates", 9, flags, result_table_size())) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn(str::kCollocate(lang), ImGuiTableColumnFlags_NoSort, em * 9);
  const auto sort_flags = [&](CollocationMeasure m) {
    return ImGuiTableColumnFlags_PreferSortDescending |
           (m == model.charts.measure ? ImGuiTableColumnFlags_DefaultSort : ImGuiTableColumnFlags_None);
  };
  ImGui::TableSetupColumn(str::kTogether(lang), sort_flags(CollocationMeasure::Frequency));
  ImGui::TableSetupColumn("f(y)", ImGuiTableColumnFlags_NoSort);
  constexpr CollocationMeasure kColumns[] = {CollocationMeasure::LogDice, CollocationMeasure::MI, CollocationMeasure::MI3,
                                             CollocationMeasure::T, CollocationMeasure::Z, CollocationMeasure::LL};
  for (const auto m : kColumns) ImGui::TableSetupColumn(measure_label(m, lang), sort_flags(m));
  ImGui::TableHeadersRow();
  // A click on a measure's header ranks by it (the table is always by the measure, descending).
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty && specs->SpecsCount > 0) {
    const int column = specs->Specs[0].ColumnIndex;
    const CollocationMeasure chosen = column == 1 ? CollocationMeasure::Frequency
                                      : column >= 3 ? kColumns[column - 3]
                                                    : model.charts.measure;
    if (chosen != model.charts.measure) {
      ChartSettings c = model.charts;
      c.measure = chosen;
      actions.push(SetChartSettings{c});
    }
    specs->SpecsDirty = false;
  }
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& r = t.rows[i];
    ImGui::TableNextRow();
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextColumn();
    if (ImGui::Selectable(r.word.c_str())) actions.push(ExploreCollocation{model.charts.node, r.word});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", str::kOpenConcordance(lang));
    ImGui::TableNextColumn();
    if (figure_cell(std::to_string(r.counts.together), 1))
      actions.push(ShowExplanation{explain(model, t, r, CollocationMeasure::Frequency)});
    ImGui::TableNextColumn();
    ImGui::Text("%llu", static_cast<unsigned long long>(r.counts.collocate));
    for (int k = 0; k < 6; ++k) {
      ImGui::TableNextColumn();
      if (figure_cell(format_decimal(stats::measure_value(r, kColumns[k]), 2), 2 + k))
        actions.push(ShowExplanation{explain(model, t, r, kColumns[k])});
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// GraphColl-style: the node in the middle, each collocate at a distance that shrinks as its
// score grows, circles sized by how often they occur together; a click opens the collocate's
// own collocates around it.
void network(const Model& model, ViewState& vs, Actions& actions, bool png) {
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  const ChartSettings& c = model.charts;
  const stats::CollocationTable& t = model.chart_data.collocations;
  const stats::CollocationTable& second = model.chart_data.second;
  if (!c.second_node.empty()) {
    const std::string open = std::string(str::kOpenConcordance(lang)) + ": " + t.node + " + " + c.second_node;
    flow(button_width(open.c_str()));
    if (big_button(model.display, open.c_str())) actions.push(ExploreCollocation{c.node, c.second_node});
  }
  // At least a square of 16 lines: on a phone the pane scrolls to it rather than squeezing it.
  const float height = std::max(ImGui::GetContentRegionAvail().y, em * 16);
  ImGui::BeginChild("##network", ImVec2(0, height), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::GetContentRegionAvail();
  const Palette colors = palette(model.display);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 center(origin.x + size.x * 0.5f, origin.y + size.y * 0.5f);
  const float radius = std::max(std::min(size.x, size.y) * 0.5f - em * 2.5f, em * 3);
  double lo = 1e300, hi = -1e300;
  for (const auto& r : t.rows) {
    lo = std::min(lo, stats::measure_value(r, c.measure));
    hi = std::max(hi, stats::measure_value(r, c.measure));
  }
  std::uint64_t most = 1;
  for (const auto& r : t.rows) most = std::max(most, r.counts.together);
  const auto circle = [&](std::uint64_t together) {
    return em * (0.35f + 0.6f * std::sqrt(static_cast<float>(together) / static_cast<float>(most)));
  };
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 line = ImGui::GetColorU32(ImGuiCol_Border);
  const std::size_t n = t.rows.size();
  std::optional<ImVec2> second_at;
  // Labels go on the outer side of their circle; one that would cover a label already placed
  // moves up or down by half a line at a time (a dense ring otherwise prints words over words).
  std::vector<ImVec4> taken;  // placed label rectangles: x0, y0, x1, y1
  const auto place = [&](ImVec2 p, float rad, const char* word, bool left) {
    const ImVec2 ts = ImGui::CalcTextSize(word);
    const float x0 = left ? p.x - rad - em * 0.2f - ts.x : p.x + rad + em * 0.2f;
    const auto overlaps = [&](float y0) {
      for (const auto& r : taken)
        if (x0 < r.z && x0 + ts.x > r.x && y0 < r.w && y0 + ts.y > r.y) return true;
      return false;
    };
    float y0 = p.y - ts.y * 0.5f;
    for (int step = 1; step <= 6 && overlaps(y0); ++step) {
      const float dy = ts.y * 0.5f * static_cast<float>((step + 1) / 2) * (step % 2 ? 1.0f : -1.0f);
      if (!overlaps(p.y - ts.y * 0.5f + dy)) {
        y0 = p.y - ts.y * 0.5f + dy;
        break;
      }
    }
    taken.push_back(ImVec4(x0, y0, x0 + ts.x, y0 + ts.y));
    return ImVec2(x0, y0);
  };
  // The node's own label is placed first: nothing may cover it.
  const ImVec2 node_label = ImGui::CalcTextSize(t.node.c_str());
  taken.push_back(ImVec4(center.x - node_label.x * 0.5f - em * 0.3f, center.y - node_label.y * 0.5f,
                         center.x + node_label.x * 0.5f + em * 0.3f, center.y + node_label.y * 0.5f));
  for (std::size_t i = 0; i < n; ++i) {
    const auto& r = t.rows[i];
    const double score = hi > lo ? (stats::measure_value(r, c.measure) - lo) / (hi - lo) : 1.0;
    const float distance = radius * (0.35f + 0.65f * static_cast<float>(1.0 - score));
    const float angle = 6.2831853f * static_cast<float>(i) / static_cast<float>(std::max<std::size_t>(n, 1)) - 1.5707963f;
    const ImVec2 p(center.x + std::cos(angle) * distance, center.y + std::sin(angle) * distance);
    const bool open = r.word == c.second_node;
    if (open) second_at = p;
    dl->AddLine(center, p, line, std::max(1.0f, em * 0.06f));
    const float rad = circle(r.counts.together);
    dl->AddCircleFilled(p, rad, open ? colors.hit : colors.accent);
    const bool left = p.x < center.x - 1.0f;
    const ImVec2 at = place(p, rad, r.word.c_str(), left);
    dl->AddText(at, text, r.word.c_str());
    // The hit target covers the circle and the label wherever it went.
    const float word_w = ImGui::CalcTextSize(r.word.c_str()).x;
    const float x0 = std::min(p.x - rad, at.x) - em * 0.3f, x1 = std::max(p.x + rad, at.x + word_w) + em * 0.3f;
    const float y0 = std::min(p.y - rad, at.y) - em * 0.1f, y1 = std::max(p.y + rad, at.y + em) + em * 0.1f;
    ImGui::SetCursorScreenPos(ImVec2(x0, y0));
    ImGui::PushID(static_cast<int>(i));
    const std::string id = "##net-" + r.word;
    ImGui::InvisibleButton(id.c_str(), ImVec2(x1 - x0, y1 - y0));
    report_last_item(id.c_str());  // a target for layout() (ImGui 1.86 reports no invisible buttons)
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("%s\n%s: %llu\n%s: %.2f\n\n%s", r.word.c_str(), str::kTogether(lang),
                        static_cast<unsigned long long>(r.counts.together), measure_label(c.measure, lang),
                        stats::measure_value(r, c.measure), str::kSecondLevel(lang));
    }
    if (ImGui::IsItemClicked()) {
      ChartSettings next = c;
      next.second_node = open ? std::string() : r.word;
      actions.push(SetChartSettings{next});
    }
    ImGui::PopID();
  }
  // The second level: the opened collocate's own strongest collocates, in a smaller ring; a
  // click opens the concordance of the opened collocate with that word.
  if (second_at && !second.rows.empty()) {
    const std::size_t m = std::min<std::size_t>(second.rows.size(), 8);
    for (std::size_t k = 0; k < m; ++k) {
      const auto& r = second.rows[k];
      const float angle = 6.2831853f * static_cast<float>(k) / static_cast<float>(m);
      const ImVec2 q(second_at->x + std::cos(angle) * em * 4, second_at->y + std::sin(angle) * em * 3);
      dl->AddLine(*second_at, q, line, std::max(1.0f, em * 0.05f));
      const float rad = em * 0.3f;
      dl->AddCircleFilled(q, rad, colors.hit);
      const ImVec2 at = place(q, rad, r.word.c_str(), q.x < second_at->x - 1.0f);
      dl->AddText(at, text, r.word.c_str());
      const float word_w = ImGui::CalcTextSize(r.word.c_str()).x;
      const float x0 = std::min(q.x - rad, at.x) - em * 0.3f, x1 = std::max(q.x + rad, at.x + word_w) + em * 0.3f;
      ImGui::SetCursorScreenPos(ImVec2(x0, std::min(q.y - rad, at.y) - em * 0.1f));
      ImGui::PushID(static_cast<int>(1000 + k));
      const std::string id = "##net2-" + r.word;
      ImGui::InvisibleButton(id.c_str(), ImVec2(x1 - x0, em * 1.2f));
      report_last_item(id.c_str());
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s + %s\n%s: %llu\n\n%s", c.second_node.c_str(), r.word.c_str(), str::kTogether(lang),
                          static_cast<unsigned long long>(r.counts.together), str::kOpenConcordance(lang));
      }
      if (ImGui::IsItemClicked()) actions.push(ExploreCollocation{c.second_node, r.word});
      ImGui::PopID();
    }
  }
  const float node_r = em * 1.2f;
  dl->AddCircleFilled(center, node_r, colors.accent);
  const ImVec2 label = ImGui::CalcTextSize(t.node.c_str());
  dl->AddRectFilled(ImVec2(center.x - label.x * 0.5f - em * 0.3f, center.y - label.y * 0.5f),
                    ImVec2(center.x + label.x * 0.5f + em * 0.3f, center.y + label.y * 0.5f),
                    ImGui::GetColorU32(ImGuiCol_WindowBg), em * 0.3f);
  dl->AddText(ImVec2(center.x - label.x * 0.5f, center.y - label.y * 0.5f), text, t.node.c_str());
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(size);
  remember_chart_rect(vs, origin.x, origin.y, origin.x + size.x, origin.y + size.y);
  if (png) queue_png(actions, origin.x, origin.y, origin.x + size.x, origin.y + size.y);
  ImGui::EndChild();
}

}  // namespace

void collocates_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  controls(model, vs, actions);
  const bool png = export_buttons(model, actions, true);
  const stats::CollocationTable& t = model.chart_data.collocations;
  if (how_calculated_button(model) && !t.rows.empty())
    actions.push(ShowExplanation{explain(model, t, t.rows.front(), model.charts.measure)});
  if (counting_progress(model) || analysis_progress(model)) return;
  if (chart_error(model, t.error)) return;
  const std::string summary = t.node + ": " + std::to_string(t.node_count) + " · N = " + std::to_string(t.tokens) +
                              " · " + str::kMinFreq(lang) + " " + std::to_string(t.min_freq);
  dimmed_wrapped(summary.c_str());
  if (t.rows.empty()) {
    dimmed_wrapped(str::kNoCollocates(lang));
    return;
  }
  if (model.charts.network) {
    network(model, vs, actions, png);
  } else {
    table(model, actions);
  }
}

}  // namespace wortblick::app
