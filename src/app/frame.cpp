// Lays out the explorer's window (toolbar; list | reader; status bar) and runs the views.
#include "app/frame.h"

#include <imgui.h>
#include <imgui_internal.h>  // HoveredWindow, SetScrollY(window)

#include <algorithm>
#include <cfloat>
#include <string>

#include "app/actions.h"
#include "app/charts.h"
#include "app/reader_navigation.h"
#include "app/url_state.h"
#include "app/views.h"

namespace wortblick::app {

namespace {

constexpr double kBackgroundBudgetMs = 8.0;

// What chart data needs from ImGui: the font's size and its text widths.
ChartMeasures chart_measures() {
  ImFont* font = ImGui::GetFont();
  return {ImGui::GetFontSize(), [font](std::string_view text, float px) {
            const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
            return stats::TextSize{size.x, size.y};
          }};
}

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
      // The tab's ID must not be its label: a language switch would make new tabs, and ImGui
      // would open the first one, switching the view to the reader.
      const std::string label = std::string(t.label(lang)) + "###" + view_name(t.view);
      if (ImGui::BeginTabItem(label.c_str(), nullptr, flags)) {
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

// The session's background work (added texts taken in, indexed, then counted for the charts)
// gets a slice of every frame; warnings of texts finished become notices.
void step_session(Model& model) {
  if (model.session.pending() == 0) return;
  for (auto& warning : model.session.step(kBackgroundBudgetMs).warnings) {
    model.notices.push_back({Notice::Warning, NoticeText::TextWarning, {}, std::move(warning)});
  }
  // The search follows as soon as the texts are indexed; counting for the charts goes on.
  follow_session(model);
}

}  // namespace

void draw_frame(Model& model) {
  step_session(model);
  refresh_reader_marks(model);
  refresh_concordance(model);
  refresh_charts(model, chart_measures());
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
    const float em = ImGui::GetFontSize();
    const float progress_height = em * 0.5f;
    const float status_height = (status ? ImGui::GetFrameHeightWithSpacing() : 0.0f) +
                                (model.session.pending() > 0 ? progress_height + ImGui::GetStyle().ItemSpacing.y : 0.0f);
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
    if (model.session.pending() > 0) {
      // Progress of taking in added texts; the charts show their own while they count.
      const Progress p = model.session.progress();
      ImGui::ProgressBar(static_cast<float>(p.done) / static_cast<float>(std::max<std::size_t>(p.total, 1)),
                         ImVec2(-1, progress_height), "");
    }
  }
  ImGui::End();
  touch_drag_scroll(model);
  tag_manager_view(model, model.view_state, actions);
  add_text_view(model, model.view_state, actions);
  share_view(model, model.view_state, actions);
  import_dialog_view(model, actions);
  apply_all(model, actions);
}

}  // namespace wortblick::app
