// The article list: tag filter chips, then one row per article (title, tags, words), virtualized,
// with multi-selection and a context menu for tagging.
#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis
#include <imgui_stdlib.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "app/article_filter.h"
#include "app/tag_chip.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

void tag_filter_bar(const Model& model, Actions& actions) {
  const auto& store = model.session.tags();
  const Lang lang = model.display.lang;
  if (store.tag_count() == 0) return;
  std::vector<std::string> all_ids;
  all_ids.reserve(model.session.corpus().articles.size());
  for (const auto& a : model.session.corpus().articles) all_ids.push_back(a.id);
  const auto counts = store.counts_within(all_ids);
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (std::size_t i = 0; i < store.tag_count(); ++i) {
    const tags::Tag& t = store.tag_at(i);
    const bool active = model.tag_filter.names.count(t.name) > 0;
    const std::string count = std::to_string(counts[i]);
    // Chips flow onto the next line when the row is full.
    if (i > 0) {
      const float next = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x +
                         ImGui::CalcTextSize((t.name + " " + count).c_str()).x + ImGui::GetFontSize();
      if (next < right_edge) ImGui::SameLine();
    }
    if (tag_chip(t.name, t.color, active, count)) actions.push(ToggleTagFilter{t.name});
  }
  if (!model.tag_filter.names.empty()) {
    ImGui::TextUnformatted(str::kTags(lang));
    ImGui::SameLine();
    if (ImGui::RadioButton(str::kMatchAny(lang), !model.tag_filter.all)) actions.push(SetTagFilterMode{false});
    ImGui::SameLine();
    if (ImGui::RadioButton(str::kMatchAll(lang), model.tag_filter.all)) actions.push(SetTagFilterMode{true});
  }
}

// Right-click menu: tag or untag every selected article at once.
void tagging_menu(const Model& model, ViewState& vs, Actions& actions) {
  const auto& store = model.session.tags();
  const Lang lang = model.display.lang;
  const std::vector<std::string> ids(model.selected_ids.begin(), model.selected_ids.end());
  ImGui::TextDisabled(str::kTagSelection(lang), ids.size());
  for (std::size_t i = 0; i < store.tag_count(); ++i) {
    const tags::Tag& t = store.tag_at(i);
    const bool all_have = std::all_of(ids.begin(), ids.end(), [&](const std::string& id) { return t.articles.count(id); });
    if (ImGui::MenuItem(t.name.c_str(), nullptr, all_have)) {
      if (all_have) {
        actions.push(UntagArticles{t.name, ids});
      } else {
        actions.push(TagArticles{t.name, ids});
      }
    }
  }
  ImGui::Separator();
  // Added texts (not the embedded corpus) can be removed again.
  if (model.selected_article) {
    const Article& a = model.session.corpus().articles[*model.selected_article];
    if (a.source >= model.session.workspace().search.embedded_sources &&
        ImGui::MenuItem(str::kRemoveText(lang))) {
      actions.push(RemoveText{model.session.corpus().sources[a.source].name});
    }
  }
  if (auto name = new_tag_field(str::kNewTag(lang), vs.new_tag_name); !name.empty()) {
    actions.push(TagArticles{std::move(name), ids});
  }
}

// The title, cut with "…" where it would run into the article's tag dots at the cell's right end.
// Returns the names of the tags whose dot the mouse is over (for a tooltip).
std::string title_and_tag_dots(const Model& model, const Article& a, ImVec2 min, ImVec2 max) {
  const auto& store = model.session.tags();
  const float r = ImGui::GetFontSize() * 0.24f;
  const float step = r * 2.6f;
  std::vector<const tags::Tag*> mine;
  for (std::size_t i = 0; i < store.tag_count(); ++i) {
    if (store.tag_at(i).articles.count(a.id)) mine.push_back(&store.tag_at(i));
  }
  const float dots_w = static_cast<float>(mine.size()) * step;
  const float text_end = max.x - dots_w;
  const ImVec2 text_pos(min.x, min.y);
  ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), text_pos, ImVec2(text_end, max.y), text_end, text_end,
                            a.title.c_str(), nullptr, nullptr);
  std::string hovered;
  const float cy = (min.y + max.y) * 0.5f;
  for (std::size_t k = 0; k < mine.size(); ++k) {
    const ImVec2 c(text_end + step * (static_cast<float>(k) + 0.5f), cy);
    ImGui::GetWindowDrawList()->AddCircleFilled(c, r, color_from_hex(mine[k]->color));
    if (ImGui::IsMouseHoveringRect(ImVec2(c.x - step / 2, min.y), ImVec2(c.x + step / 2, max.y))) {
      hovered = mine[k]->name;
    }
  }
  return hovered;
}

}  // namespace

void article_list_view(const Model& model, ViewState& vs, Actions& actions) {
  const auto& articles = model.session.corpus().articles;
  const Lang lang = model.display.lang;
  tag_filter_bar(model, actions);
  const std::vector<std::size_t> rows = visible_articles(model);

  // Arrow keys move through the list (opening each article), Page Up/Down by ten, while the
  // list has the keyboard and no field is being typed into.
  std::optional<std::size_t> keyed_row;
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !ImGui::GetIO().WantTextInput && !rows.empty()) {
    const auto current = std::find(rows.begin(), rows.end(), model.selected_article.value_or(rows.front()));
    const std::ptrdiff_t at = current == rows.end() ? 0 : current - rows.begin();
    std::ptrdiff_t step = 0;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) step = 1;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) step = -1;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown))) step = 10;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp))) step = -10;
    if (step != 0) {
      const std::ptrdiff_t last = static_cast<std::ptrdiff_t>(rows.size()) - 1;
      const auto target = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(at + step, 0, last));
      keyed_row = target;
      actions.push(OpenHit{rows[target], std::nullopt});
    }
  }

  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("articles", 2, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(str::kArticles(lang), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(str::kWords(lang), ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize(str::kWords(lang)).x);
  ImGui::TableHeadersRow();

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  if (keyed_row) clipper.ForceDisplayRangeByIndices(static_cast<int>(*keyed_row), static_cast<int>(*keyed_row) + 1);
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const std::size_t i = rows[static_cast<std::size_t>(row)];
      if (keyed_row && *keyed_row == static_cast<std::size_t>(row)) ImGui::SetScrollHereY(0.5f);
      const auto& a = articles[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(i));
      const bool selected = model.selected_ids.count(a.id) > 0 || (model.selected_ids.empty() && model.selected_article == i);
      const ImVec2 cell_min = ImGui::GetCursorScreenPos();
      const float cell_w = ImGui::GetContentRegionAvail().x;
      if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns)) {
        const ImGuiIO& io = ImGui::GetIO();
        actions.push(ClickArticle{i, io.KeyCtrl || io.KeySuper, io.KeyShift});
      }
      const bool hovered = ImGui::IsItemHovered();
      if (ImGui::IsItemClicked(ImGuiMouseButton_Right) && !selected) actions.push(ClickArticle{i, false, false});
      if (ImGui::BeginPopupContextItem("tagging")) {
        tagging_menu(model, vs, actions);
        ImGui::EndPopup();
      }
      const std::string dot = title_and_tag_dots(
          model, a, cell_min, ImVec2(cell_min.x + cell_w, cell_min.y + ImGui::GetTextLineHeight()));
      if (hovered && !dot.empty()) {
        ImGui::SetTooltip("%s", dot.c_str());
      } else if (hovered && ImGui::CalcTextSize(a.title.c_str()).x > cell_w) {
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
