// Dispersion plot (AntConc "Plot"): one strip per article, a tick at each occurrence of the word;
// click a tick to read that place.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app/chart_controls.h"
#include "app/layout.h"
#include "app/theme.h"
#include "app/views.h"

namespace wortblick::app {

void dispersion_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  ChartSettings c = model.charts;
  scope_row(model, actions);
  flow(em * 12);
  if (vs.term_input.empty() && !ImGui::IsAnyItemActive()) vs.term_input = c.dispersion_word;
  ImGui::SetNextItemWidth(std::min(em * 12, ImGui::GetContentRegionAvail().x));
  if (ImGui::InputTextWithHint("##word", str::kWord(lang), &vs.term_input, ImGuiInputTextFlags_EnterReturnsTrue) &&
      !vs.term_input.empty()) {
    c.dispersion_word = vs.term_input;
    actions.push(SetChartSettings{c});
  }
  flow(checkbox_width(str::kStemGroups(lang)));
  bool stem = c.words.stem;
  if (ImGui::Checkbox(str::kStemGroups(lang), &stem)) {
    c.words.stem = stem;
    actions.push(SetChartSettings{c});
  }
  const bool png = export_buttons(model, actions, false);
  if (counting_progress(model)) return;
  const stats::Dispersion& d = model.chart_data.dispersion;
  if (chart_error(model, d.error)) return;
  if (d.articles.empty()) {
    dimmed_wrapped(str::kNoOccurrences(lang));
    return;
  }
  const Palette colors = palette(model.display);
  ImGui::BeginChild("##chart");
  const ImVec2 top = ImGui::GetCursorScreenPos();
  // On a phone each title goes whole above its strip; wider, beside it, cut in the middle if long.
  const bool stacked = ImGui::GetContentRegionAvail().x < em * 30;
  const float label_w = stacked ? 0.0f : std::min(em * 16, ImGui::GetContentRegionAvail().x * 0.35f);
  const float strip_w = ImGui::GetContentRegionAvail().x - label_w - em * 4;
  const float strip_h = ImGui::GetTextLineHeight() * 1.4f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (std::size_t a = 0; a < d.articles.size(); ++a) {
    const auto& art = d.articles[a];
    ImGui::PushID(static_cast<int>(a));
    if (stacked) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(art.article->title.c_str());
      ImGui::PopTextWrapPos();
    }
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##strip", ImVec2(label_w + strip_w + em * 4, strip_h));
    const bool hovered = ImGui::IsItemHovered();
    if (!stacked) {
      const std::string label = shorten_middle(art.article->title, label_w - em * 0.4f);
      dl->AddText(ImVec2(p.x, p.y + (strip_h - ImGui::GetTextLineHeight()) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                  label.c_str());
    }
    const ImVec2 s0(p.x + label_w, p.y + strip_h * 0.15f);
    const ImVec2 s1(s0.x + strip_w, p.y + strip_h * 0.85f);
    dl->AddRect(s0, s1, ImGui::GetColorU32(ImGuiCol_Border));
    // The tick nearest the mouse is the click target.
    std::optional<std::size_t> nearest;
    float nearest_dx = em * 0.6f;
    for (std::size_t k = 0; k < art.positions.size(); ++k) {
      const float x = s0.x + strip_w * (static_cast<float>(art.positions[k]) + 0.5f) /
                                 static_cast<float>(std::max<std::uint32_t>(art.length, 1));
      dl->AddLine(ImVec2(x, s0.y), ImVec2(x, s1.y), colors.accent, std::max(1.5f, em * 0.1f));
      if (hovered && std::fabs(mouse.x - x) < nearest_dx) {
        nearest_dx = std::fabs(mouse.x - x);
        nearest = k;
      }
    }
    char count[32];
    std::snprintf(count, sizeof count, "%zu", art.positions.size());
    dl->AddText(ImVec2(s1.x + em * 0.5f, p.y + (strip_h - ImGui::GetTextLineHeight()) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_Text), count);
    if (hovered) ImGui::SetTooltip("%s\n%s", art.article->title.c_str(), str::kClickArticle(lang));
    if (ImGui::IsItemClicked()) {
      const std::size_t index = static_cast<std::size_t>(art.article - model.session.corpus().articles.data());
      std::optional<std::size_t> offset;
      if (nearest) offset = art.offsets[*nearest];
      actions.push(OpenArticleWithWord{index, c.dispersion_word, offset});
    }
    ImGui::PopID();
  }
  const ImVec2 bottom(top.x + label_w + strip_w + em * 4, ImGui::GetCursorScreenPos().y);
  remember_chart_rect(vs, top.x, top.y, bottom.x, bottom.y);
  if (png) queue_png(actions, top.x, top.y, bottom.x, bottom.y);
  ImGui::EndChild();
}

}  // namespace wortblick::app
