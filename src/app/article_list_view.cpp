// The article list: one row per article with its title and word count, virtualized.
#include <imgui.h>

#include "app/views.h"

namespace wortblick::app {

void article_list_view(const Model& model, Actions& actions) {
  const auto& articles = model.workspace.corpus.articles;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("articles", 2, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  const Lang lang = model.display.lang;
  ImGui::TableSetupColumn(str::kArticles(lang), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(str::kWords(lang), ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize(str::kWords(lang)).x);
  ImGui::TableHeadersRow();

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(articles.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const auto i = static_cast<std::size_t>(row);
      const auto& a = articles[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(row);
      const bool selected = model.selected_article == i;
      if (ImGui::Selectable(a.title.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
        actions.push(SelectArticle{i});
      }
      if (ImGui::IsItemHovered() && ImGui::CalcTextSize(a.title.c_str()).x > ImGui::GetColumnWidth()) {
        ImGui::SetTooltip("%s", a.title.c_str());
      }
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::Text("%zu", a.words);
    }
  }
  ImGui::EndTable();
}

}  // namespace wortblick::app
