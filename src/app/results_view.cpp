// Search results: ranked articles with score, hit count and snippets with the matches highlighted.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "app/fonts.h"
#include "app/layout.h"
#include "app/reader_navigation.h"
#include "app/rich_text.h"
#include "app/theme.h"
#include "app/tag_chip.h"
#include "app/views.h"
#include "app/virtual_rows.h"

namespace wortblick::app {
namespace {

void snippet_line(const search::Snippet& s, unsigned int hit_color, Lang lang) {
  std::string text;
  std::size_t shift = 0;
  if (s.cut_before) {
    text = "… ";
    shift = text.size();
  }
  text += s.text;
  if (s.cut_after) text += " …";
  std::vector<Highlight> marks;
  for (const auto& m : s.marks) marks.push_back({m.begin + shift, m.end + shift, hit_color, 0});
  ImGui::Indent();
  rich_text(text, marks, ImGui::GetContentRegionAvail().x);
  ImGui::Unindent();
  if (ImGui::BeginPopupContextItem("##copy-snippet")) {
    if (ImGui::MenuItem(str::kCopySnippet(lang))) ImGui::SetClipboardText(text.c_str());
    ImGui::EndPopup();
  }
}

}  // namespace

void results_view(Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  const SearchUi& s = model.search;
  const Palette colors = palette(model.display);
  for (const auto& note : s.result.notes) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors.accent);
    ImGui::TextWrapped("%s", message_text(note, lang).c_str());
    ImGui::PopStyleColor();
  }
  if (s.result.total == 0) {
    dimmed_wrapped(str::kNoResults(lang));
    return;
  }
  ImGui::TextDisabled(str::kResults(lang), s.result.total);
  flow(ImGui::CalcTextSize(str::kTagAllResults(lang)).x + ImGui::GetStyle().FramePadding.x * 2);
  if (small_button(model.display, str::kTagAllResults(lang))) ImGui::OpenPopup("tag-results");
  if (ImGui::BeginPopup("tag-results")) {
    for (std::size_t i = 0; i < model.session.tags().tag_count(); ++i) {
      const auto& t = model.session.tags().tag_at(i);
      if (ImGui::MenuItem(t.name.c_str())) actions.push(TagSearchResults{t.name});
    }
    if (auto name = new_tag_field(str::kNewTag(lang), vs.new_tag_name); !name.empty()) {
      actions.push(TagSearchResults{std::move(name)});
    }
    ImGui::EndPopup();
  }
  ImGui::Separator();
  ImGui::BeginChild("##hits");
  const auto& articles = model.session.corpus().articles;
  // Rows vary in height (wrapped titles, snippets): only those near the visible part are drawn,
  // so thousands of hits cost little.
  VirtualRows rows(vs.hit_heights, s.result.hits.size(), ImGui::GetTextLineHeightWithSpacing() * 4.0f);
  for (std::size_t h = 0; h < s.result.hits.size(); ++h) {
    if (!rows.begin_row(h)) continue;
    const search::SearchHit& hit = s.result.hits[h];
    const auto& snippets = visible_snippets(model, h);
    ImGui::PushID(static_cast<int>(h));
    const bool open = model.selected_article == hit.article;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    ImGui::PushFont(title_font());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(articles[hit.article].title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::TextDisabled("%zu %s · Score %.2f", hit.count, str::kHits(lang), hit.score);
    for (std::size_t k = 0; k < snippets.size(); ++k) {
      ImGui::PushID(static_cast<int>(k));
      snippet_line(snippets[k], colors.hit, lang);
      ImGui::PopID();
    }
    ImGui::EndGroup();
    // The whole entry is one click target.
    const ImVec2 end(start.x + ImGui::GetContentRegionAvail().x, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(start);
    if (ImGui::Selectable("##open", open, 0, ImVec2(end.x - start.x, end.y - start.y))) {
      actions.push(OpenHit{hit.article, std::nullopt});
    }
    ImGui::Separator();
    ImGui::PopID();
    rows.end_row(h);
  }
  rows.finish();
  ImGui::EndChild();
}

}  // namespace wortblick::app
