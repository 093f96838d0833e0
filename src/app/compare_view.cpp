// Comparison: two scopes side by side as a keyness chart (log-likelihood, signed) of over- and
// under-represented words.
#include <imgui.h>

#include <cstdio>
#include <string>
#include <vector>

#include "app/bar_chart.h"
#include "app/chart_controls.h"
#include "app/theme.h"
#include "app/layout.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

std::string format_ll(double v) { return (v >= 0 ? "+" : "") + format_decimal(v, 1); }

}  // namespace

void compare_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  ChartSettings c = model.charts;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("A");
  ImGui::SameLine();
  bool changed = scope_picker(model, "a", c.compare_a, c.compare_a_id, false);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("B");
  ImGui::SameLine();
  changed |= scope_picker(model, "b", c.compare_b, c.compare_b_id, true);
  if (changed) actions.push(SetChartSettings{c});
  word_options(model, vs, actions, true);
  const bool png = export_buttons(model, actions, true);
  reveal_controls(model, actions);
  if (counting_progress(model)) return;
  const stats::KeynessTable& k = model.chart_data.keyness;
  if (chart_error(model, k.error)) return;
  // Over-represented words first (bars right), then under-represented (bars left).
  std::vector<const stats::KeynessRow*> rows_ref;
  std::vector<BarRow> rows;
  const Reveal& reveal = model.reveal;
  for (const auto* side : {&k.over, &k.under}) {
    for (const auto& r : *side) {
      const std::size_t i = rows.size();
      rows_ref.push_back(&r);
      rows.push_back({r.word, {r.ll}, 0u, reveal.hides_value(i), reveal.hides_word(i)});
    }
  }
  dimmed_wrapped((std::string(str::kMoreInA(lang)) + "   " + str::kMoreInB(lang) + "   (Log-Likelihood G²)").c_str());
  const unsigned int colors[] = {palette(model.display).accent};
  ImGui::BeginChild("##chart");
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const BarChartEvents ev = bar_chart("keyness", rows, colors, format_ll);
  const ImVec2 bottom = ImGui::GetItemRectMax();
  if (ev.hovered_row && reveal.mode != RevealMode::Off) ImGui::SetTooltip("%s", str::kRevealHelp(lang));
  if (ev.hovered_row && reveal.mode == RevealMode::Off) {
    const auto& r = *rows_ref[*ev.hovered_row];
    ImGui::SetTooltip("%s\nA: %llu  B: %llu\nG²: %+.2f\nlog2 ratio: %+.2f\n\n%s", r.word.c_str(),
                      static_cast<unsigned long long>(r.a), static_cast<unsigned long long>(r.b), r.ll, r.effect,
                      str::kClickWord(lang));
  }
  if (ev.clicked_row) {
    if (reveal.mode == RevealMode::Off) actions.push(ExploreWord{rows_ref[*ev.clicked_row]->word});
    else actions.push(RevealStep{1});
  }
  remember_chart_rect(vs, top.x, top.y, bottom.x, bottom.y);
  if (png) queue_png(actions, top.x, top.y, bottom.x, bottom.y);
  ImGui::EndChild();
}

}  // namespace wortblick::app
