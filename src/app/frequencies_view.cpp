// Word frequencies: the top N words of a scope as a table and a bar chart; click a word to explore it.
#include <imgui.h>

#include <cstdio>
#include <string>
#include <vector>

#include "app/bar_chart.h"
#include "app/chart_controls.h"
#include "app/layout.h"
#include "app/tag_chip.h"
#include "app/theme.h"
#include "app/views.h"
#include "core/tags/category_matcher.h"
#include "core/text/fold.h"

namespace wortblick::app {
namespace {

std::string format_rate(double v) { return format_decimal(v, 2); }

}  // namespace

void frequencies_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  ChartSettings c = model.charts;
  scope_row(model, actions);
  word_options(model, vs, actions, true);
  const bool png = export_buttons(model, actions, true);
  reveal_controls(model, actions);
  if (counting_progress(model)) return;
  const stats::FrequencyTable& t = model.chart_data.table;
  if (chart_error(model, t.error)) return;
  flow(button_width(str::kCopyTable(lang)));
  if (ImGui::Button(str::kCopyTable(lang))) {
    // Tab-separated: pastes into a spreadsheet's columns.
    std::string table = std::string(str::kWord(lang)) + "\t" + str::kCount(lang) + "\t" + str::kPer1000(lang) + "\t" +
                        str::kArticles(lang) + "\n";
    for (const auto& r : t.rows) {
      table += r.word + "\t" + std::to_string(r.count) + "\t" + format_rate(r.per1000) + "\t" +
               std::to_string(r.articles) + "\n";
    }
    ImGui::SetClipboardText(table.c_str());
  }
  const std::string counts = std::to_string(t.articles) + " " + str::kArticles(lang) + " · " + std::to_string(t.words) +
                             " " + str::kWords(lang);
  flow(ImGui::CalcTextSize(counts.c_str()).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", counts.c_str());

  // Words of a category take its color, as in the reader and the cloud.
  const tags::CategoryMatcher matcher(model.session.tags(), [](std::string_view w) { return text::search_key(w); });
  const Reveal& reveal = model.reveal;
  std::vector<BarRow> rows;
  for (const auto& r : t.rows) {
    const auto cats = matcher.match(text::search_key(r.word));
    const std::size_t i = rows.size();
    rows.push_back({r.word, {c.relative ? r.per1000 : static_cast<double>(r.count)},
                    cats.empty() ? 0u : color_from_hex(model.session.tags().category_at(cats.front()).color),
                    reveal.hides_value(i), reveal.hides_word(i)});
  }
  const unsigned int colors[] = {palette(model.display).accent};
  const float em = ImGui::GetFontSize();
  const bool side_table = ImGui::GetContentRegionAvail().x > em * 40;
  if (side_table) {
    // The exact figures next to the bars: what a class copies into its notes.
    ImGui::BeginChild("##table", ImVec2(em * 19, 0));
    if (ImGui::BeginTable("freq", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit)) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn(str::kWord(lang), ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn(str::kCount(lang));
      ImGui::TableSetupColumn(str::kPer1000(lang));
      ImGui::TableSetupColumn(str::kArticles(lang));
      ImGui::TableHeadersRow();
      for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const auto& r = t.rows[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        const bool word_hidden = reveal.hides_word(i), value_hidden = reveal.hides_value(i);
        if (ImGui::Selectable(word_hidden ? "?" : r.word.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
          if (reveal.mode == RevealMode::Off) actions.push(ExploreWord{r.word});
          else actions.push(RevealStep{1});
        }
        ImGui::PopID();
        ImGui::TableNextColumn();
        if (value_hidden) ImGui::TextDisabled("?");
        else ImGui::Text("%llu", static_cast<unsigned long long>(r.count));
        ImGui::TableNextColumn();
        if (value_hidden) ImGui::TextDisabled("?");
        else ImGui::Text("%.2f", r.per1000);
        ImGui::TableNextColumn();
        if (value_hidden) ImGui::TextDisabled("?");
        else ImGui::Text("%u", r.articles);
      }
      ImGui::EndTable();
    }
    ImGui::EndChild();
    ImGui::SameLine();
  }
  ImGui::BeginChild("##chart");
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const BarChartEvents ev = bar_chart("frequencies", rows, colors, c.relative ? format_rate : format_count);
  const ImVec2 bottom = ImGui::GetItemRectMax();
  // While guessing, the tooltip would give the answer away, and a click reveals the next bar.
  if (ev.hovered_row && reveal.mode != RevealMode::Off) ImGui::SetTooltip("%s", str::kRevealHelp(lang));
  if (ev.hovered_row && reveal.mode == RevealMode::Off) {
    const auto& r = t.rows[*ev.hovered_row];
    ImGui::SetTooltip("%s\n%s: %llu\n%s: %.2f\n%s: %u\n\n%s", r.word.c_str(), str::kCount(lang),
                      static_cast<unsigned long long>(r.count), str::kPer1000(lang), r.per1000, str::kInArticles(lang),
                      r.articles, str::kClickWord(lang));
  }
  if (ev.clicked_row) {
    if (reveal.mode == RevealMode::Off) actions.push(ExploreWord{t.rows[*ev.clicked_row].word});
    else actions.push(RevealStep{1});
  }
  remember_chart_rect(vs, top.x, top.y, bottom.x, bottom.y);
  if (png) queue_png(actions, top.x, top.y, bottom.x, bottom.y);
  ImGui::EndChild();
}

}  // namespace wortblick::app
