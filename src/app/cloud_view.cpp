// Word cloud (Voyant "Cirrus"): the top words sized by frequency, colored by category, laid out
// without overlaps by core and stable between frames; click a word to search it.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "app/chart_controls.h"
#include "app/tag_chip.h"
#include "app/theme.h"
#include "app/views.h"
#include "core/tags/category_matcher.h"
#include "core/text/fold.h"

namespace wortblick::app {

void cloud_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  ChartSettings c = model.charts;
  scope_row(model, actions);
  word_options(model, vs, actions, false);
  const bool png = export_buttons(model, actions, true);
  reveal_controls(model, actions);
  if (counting_progress(model)) return;

  ImGui::BeginChild("##cloud");
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  vs.cloud_width = avail.x;  // the layout follows the pane's size (refresh_charts reads it)
  vs.cloud_height = avail.y;
  const ChartData& d = model.chart_data;
  const Palette colors = palette(model.display);
  const tags::CategoryMatcher matcher(model.session.tags(), [](std::string_view w) { return text::search_key(w); });
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* font = ImGui::GetFont();
  const Reveal& reveal = model.reveal;
  for (std::size_t k = 0; k < d.cloud.placed.size(); ++k) {
    const auto& p = d.cloud.placed[k];
    if (p.index >= d.cloud_words.size()) continue;
    const std::string& word = d.cloud_words[p.index].text;
    const auto cats = matcher.match(text::search_key(word));
    const unsigned int color = cats.empty() ? colors.accent
                                            : color_from_hex(model.session.tags().category_at(cats.front()).color);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + p.x, origin.y + p.y));
    ImGui::PushID(static_cast<int>(p.index));
    if (ImGui::InvisibleButton("##w", ImVec2(std::max(p.width, 1.0f), std::max(p.height, 1.0f)))) {
      if (reveal.mode == RevealMode::Off) actions.push(ExploreWord{word});
      else actions.push(RevealStep{1});
    }
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    const ImVec2 at(origin.x + p.x, origin.y + p.y);
    if (reveal.hides_word(k)) {
      // The word's place and size, not the word: the class guesses which word is this frequent.
      dl->AddRectFilled(at, ImVec2(at.x + p.width, at.y + p.height), ImGui::GetColorU32(ImGuiCol_FrameBg), 4.0f);
      const ImVec2 q = font->CalcTextSizeA(p.font_px, FLT_MAX, 0.0f, "?");
      dl->AddText(font, p.font_px, ImVec2(at.x + (p.width - q.x) * 0.5f, at.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), "?");
    } else if (reveal.hides_value(k)) {
      // Every word at the smallest size until revealed: which one is the most frequent?
      const float px = std::min(p.font_px, ImGui::GetFontSize());
      const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0.0f, word.c_str());
      dl->AddText(font, px, ImVec2(at.x + (p.width - size.x) * 0.5f, at.y + (p.height - size.y) * 0.5f),
                  ImGui::GetColorU32(ImGuiCol_TextDisabled), word.c_str());
    } else {
      dl->AddText(font, p.font_px, at, color, word.c_str());
    }
    if (hovered && reveal.mode != RevealMode::Off) {
      ImGui::SetTooltip("%s", str::kRevealHelp(lang));
    } else if (hovered) {
      dl->AddRect(ImVec2(origin.x + p.x - 2, origin.y + p.y), ImVec2(origin.x + p.x + p.width + 2, origin.y + p.y + p.height),
                  ImGui::GetColorU32(ImGuiCol_Text), 3.0f);
      ImGui::SetTooltip("%s: %.0f\n%s", word.c_str(), d.cloud_words[p.index].weight, str::kClickWord(lang));
    }
  }
  remember_chart_rect(vs, origin.x, origin.y, origin.x + avail.x, origin.y + avail.y);
  if (png) queue_png(actions, origin.x, origin.y, origin.x + avail.x, origin.y + avail.y);
  ImGui::EndChild();
}

}  // namespace wortblick::app
