// Lays out the explorer's window (toolbar; list | reader; status bar) and runs the views.
#include "app/frame.h"

#include <imgui.h>
#include <imgui_internal.h>  // HoveredWindow, SetScrollY(window)

#include <algorithm>

#include "app/actions.h"
#include "core/search/search_state.h"
#include "app/charts.h"
#include "app/reader_navigation.h"
#include "app/views.h"

namespace wortblick::app {

namespace {

// The main pane's views as tabs; the model, not ImGui, decides which one is open (URL, API).
void main_pane(Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  struct Tab {
    View view;
    const Text& label;
  };
  const Tab tabs[] = {{View::Reader, str::kReaderView},           {View::Concordance, str::kConcordanceView},
                      {View::Frequencies, str::kFrequenciesView}, {View::Trends, str::kTrendsView},
                      {View::Dispersion, str::kDispersionView},   {View::Compare, str::kCompareView},
                      {View::Cloud, str::kCloudView}};
  if (ImGui::BeginTabBar("views")) {
    for (const Tab& t : tabs) {
      const bool current = model.view == t.view;
      const ImGuiTabItemFlags flags = current && model.view_tab_forced ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(t.label(lang), nullptr, flags)) {
        if (!current && !model.view_tab_forced) actions.push(SetView{t.view});
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  model.view_tab_forced = false;
  switch (model.view) {
    case View::Reader: reader_view(model, model.view_state, actions); break;
    case View::Concordance: concordance_view(model, actions); break;
    case View::Frequencies: frequencies_view(model, model.view_state, actions); break;
    case View::Trends: trends_view(model, model.view_state, actions); break;
    case View::Dispersion: dispersion_view(model, model.view_state, actions); break;
    case View::Compare: compare_view(model, model.view_state, actions); break;
    case View::Cloud: cloud_view(model, model.view_state, actions); break;
  }
}

// ImGui 1.86 scrolls only with the wheel and scrollbars; on a touch screen a finger dragged over
// a pane (not on a control) scrolls it.
void touch_drag_scroll(const Model& model) {
  if (!model.display.touch || !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) return;
  // A press on a pane's empty space makes ImGui "move" the (immovable) window; any other active
  // item (a slider, a text field) keeps the drag for itself.
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const bool moving_pane = g.ActiveIdWindow && g.ActiveId == g.ActiveIdWindow->MoveId;
  if (ImGui::IsAnyItemActive() && !moving_pane) return;
  ImGuiWindow* window = g.HoveredWindow;
  if (!window) return;
  ImGui::SetScrollY(window, window->Scroll.y - ImGui::GetIO().MouseDelta.y);
}

// Added texts are indexed a few milliseconds per frame; the search follows when it is done.
void index_added_texts(Model& model) {
  auto& index = model.workspace.search.index;
  const auto& corpus = model.workspace.corpus;
  if (index.indexed_articles() >= corpus.articles.size()) return;
  model.index_pending = search::index_step(index, corpus, 8.0);
  if (model.index_pending == 0) apply(model, CorpusChanged{});
}

}  // namespace

void draw_frame(Model& model) {
  index_added_texts(model);
  refresh_reader_marks(model);
  refresh_charts(model);
  // A view changed by an action (opening a hit, a link) must also switch ImGui's tab.
  if (model.view != model.view_shown) {
    model.view_tab_forced = true;
    model.view_shown = model.view;
  }
  Actions actions;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Wortblick", nullptr, kFlags);
  {
    toolbar_view(model, model.view_state, actions);
    notices_view(model, actions);

    // Projector mode drops the status bar: every pixel goes to the text the class is reading.
    const bool status = !model.display.projector;
    const float status_height = status ? ImGui::GetFrameHeightWithSpacing() : 0.0f;
    const float em = ImGui::GetFontSize();
    const float list_width = std::min(26.0f * em, ImGui::GetContentRegionAvail().x * 0.38f);
    const float body_height = std::max(ImGui::GetContentRegionAvail().y - status_height, em);

    // Left: the search results while there is a query, else the article list.
    ImGui::BeginChild("##list", ImVec2(list_width, body_height), true);
    if (model.search.query.empty()) {
      article_list_view(model, model.view_state, actions);
    } else {
      results_view(model, model.view_state, actions);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##main", ImVec2(0, body_height), true);
    main_pane(model, actions);
    ImGui::EndChild();

    if (status) status_bar_view(model);
    if (model.index_pending > 0) {
      // Progress of indexing added texts; the charts show their own while they count.
      const float total = static_cast<float>(model.workspace.corpus.articles.size());
      ImGui::ProgressBar(1.0f - static_cast<float>(model.index_pending) / std::max(total, 1.0f),
                         ImVec2(-1, ImGui::GetFontSize() * 0.5f), "");
    }
  }
  ImGui::End();
  touch_drag_scroll(model);
  tag_manager_view(model, model.view_state, actions);
  add_text_view(model, model.view_state, actions);
  import_dialog_view(model, actions);
  apply_all(model, actions);
}

}  // namespace wortblick::app
