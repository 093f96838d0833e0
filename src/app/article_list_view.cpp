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
#include "app/layout.h"
#include "app/tag_chip.h"
#include "app/views.h"
#include "app/virtual_rows.h"

namespace wortblick::app {
namespace {

void tag_filter_bar(const Model& model, Actions& actions) {
  const auto& store = model.session.tags();
  const Lang lang = model.display.lang;
  if (store.tag_count() == 0) return;
  const auto& counts = model.article_list.tag_counts;  // refresh_article_list keeps them current
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (std::size_t i = 0; i < store.tag_count(); ++i) {
    const tags::Tag& t = store.tag_at(i);
    const bool active = model.tag_filter.names.count(t.name) > 0;
    const std::string count = i < counts.size() ? std::to_string(counts[i]) : std::string();
    // Chips flow onto the next line when the row is full.
    if (i > 0) {
      const float next = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x +
                         ImGui::CalcTextSize((t.name + " " + count).c_str()).x + ImGui::GetFontSize();
      if (next < right_edge) ImGui::SameLine();
    }
    if (tag_chip(t.name, t.color, active, count)) actions.push(ToggleTagFilter{t.name});
  }
  if (!model.tag_filter.names.empty()) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(str::kTags(lang));
    flow(checkbox_width(str::kMatchAny(lang)));
    if (ImGui::RadioButton(str::kMatchAny(lang), !model.tag_filter.all)) actions.push(SetTagFilterMode{false});
    flow(checkbox_width(str::kMatchAll(lang)));
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

// The article's tags as dots in a row from `at` (its left end), vertically centered on `mid_y`.
// Returns the names of the tags whose dot the mouse is over (for a tooltip).
std::string tag_dots(const std::vector<const tags::Tag*>& mine, ImVec2 at, float mid_y, float line_h) {
  const float r = ImGui::GetFontSize() * 0.24f;
  const float step = r * 2.6f;
  std::string hovered;
  for (std::size_t k = 0; k < mine.size(); ++k) {
    const ImVec2 c(at.x + step * (static_cast<float>(k) + 0.5f), mid_y);
    ImGui::GetWindowDrawList()->AddCircleFilled(c, r, color_from_hex(mine[k]->color));
    if (ImGui::IsMouseHoveringRect(ImVec2(c.x - step / 2, mid_y - line_h / 2), ImVec2(c.x + step / 2, mid_y + line_h / 2))) {
      hovered = mine[k]->name;
    }
  }
  return hovered;
}

// One article: its whole title (wrapped, never cut), its tag dots and its word count.
void article_row(const Model& model, ViewState& vs, Actions& actions, std::size_t i) {
  const Article& a = model.session.corpus().articles[i];
  const auto& store = model.session.tags();
  std::vector<const tags::Tag*> mine;
  for (std::size_t t = 0; t < store.tag_count(); ++t) {
    if (store.tag_at(t).articles.count(a.id)) mine.push_back(&store.tag_at(t));
  }
  const ImGuiStyle& st = ImGui::GetStyle();
  const float em = ImGui::GetFontSize();
  const std::string words = std::to_string(a.words);
  const float words_w = ImGui::CalcTextSize(words.c_str()).x;
  const float dots_w = static_cast<float>(mine.size()) * em * 0.24f * 2.6f;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float text_w = std::max(width - words_w - dots_w - st.ItemSpacing.x * 2, em * 4);
  const float title_h = ImGui::CalcTextSize(a.title.c_str(), nullptr, false, text_w).y;
  const float row_h = std::max(title_h + st.CellPadding.y * 2, model.display.touch ? 44.0f : 0.0f);

  const bool selected = model.selected_ids.count(a.id) > 0 || (model.selected_ids.empty() && model.selected_article == i);
  // The row's id is the article's, so a script or test can find its row (layout().targets).
  const std::string id = "##" + a.id;
  if (ImGui::Selectable(id.c_str(), selected, 0, ImVec2(width, row_h))) {
    const ImGuiIO& io = ImGui::GetIO();
    actions.push(ClickArticle{i, io.KeyCtrl || io.KeySuper, io.KeyShift});
  }
  const bool hovered = ImGui::IsItemHovered();
  if (ImGui::IsItemClicked(ImGuiMouseButton_Right) && !selected) actions.push(ClickArticle{i, false, false});
  if (ImGui::BeginPopupContextItem("tagging")) {
    tagging_menu(model, vs, actions);
    ImGui::EndPopup();
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float text_y = start.y + (row_h - title_h) * 0.5f;
  draw->AddText(ImGui::GetFont(), em, ImVec2(start.x, text_y), ImGui::GetColorU32(ImGuiCol_Text), a.title.c_str(),
                nullptr, text_w);
  const float line_h = ImGui::GetTextLineHeight();
  draw->AddText(ImVec2(start.x + width - words_w, text_y), ImGui::GetColorU32(ImGuiCol_TextDisabled), words.c_str());
  const std::string dot = tag_dots(mine, ImVec2(start.x + width - words_w - st.ItemSpacing.x - dots_w, 0),
                                   text_y + line_h * 0.5f, line_h);
  if (hovered && !dot.empty()) ImGui::SetTooltip("%s", dot.c_str());
  draw->AddLine(ImVec2(start.x, start.y + row_h + st.ItemSpacing.y * 0.5f),
                ImVec2(start.x + width, start.y + row_h + st.ItemSpacing.y * 0.5f), ImGui::GetColorU32(ImGuiCol_Separator, 0.5f));
}

}  // namespace

void article_list_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  tag_filter_bar(model, actions);
  const std::vector<std::size_t>& rows = model.article_list.rows;

  // Arrow keys move through the list (opening each article), Page Up/Down by ten, while the
  // list has the keyboard and no field is being typed into.
  std::optional<std::size_t> keyed_row;
  // In reveal mode the arrow keys belong to the chart being revealed.
  const bool revealing = model.reveal.mode != RevealMode::Off && model.view != View::Reader;
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !ImGui::GetIO().WantTextInput && !rows.empty() &&
      !revealing) {
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

  ImGui::TextDisabled("%zu %s", rows.size(), str::kArticles(lang));
  const float words_w = ImGui::CalcTextSize(str::kWords(lang)).x;
  ImGui::SameLine(std::max(ImGui::GetContentRegionMax().x - words_w, ImGui::GetCursorPosX()));
  ImGui::TextDisabled("%s", str::kWords(lang));
  ImGui::Separator();
  ImGui::BeginChild("##articles");
  VirtualRows list(vs.list_heights, rows.size(), ImGui::GetTextLineHeightWithSpacing() * 2.0f, keyed_row);
  for (std::size_t row = 0; row < rows.size(); ++row) {
    if (!list.begin_row(row)) continue;
    ImGui::PushID(static_cast<int>(rows[row]));
    article_row(model, vs, actions, rows[row]);
    ImGui::PopID();
    list.end_row(row);
  }
  list.finish();
  ImGui::EndChild();
}

}  // namespace wortblick::app
