// Lays out the explorer's window for its width (toolbar; list | main pane, or one of them and a
// switch on phones; status bar) and runs the views.
#include "app/frame.h"

#include <imgui.h>
#include <imgui_internal.h>  // HoveredWindow, SetScrollY(window)

#include <algorithm>
#include <cfloat>

#include "app/actions.h"
#include "app/article_filter.h"
#include "app/charts.h"
#include "app/clip_report.h"
#include "app/layout.h"
#include "app/url_state.h"
#include "app/reader_navigation.h"
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

struct ViewTab {
  View view;
  const Text& label;
};
constexpr ViewTab kViewTabs[] = {{View::Reader, str::kReaderView},           {View::Concordance, str::kConcordanceView},
                                 {View::Frequencies, str::kFrequenciesView}, {View::Trends, str::kTrendsView},
                                 {View::Dispersion, str::kDispersionView},   {View::Compare, str::kCompareView},
                                 {View::Cloud, str::kCloudView},             {View::Collocates, str::kCollocatesView},
                                 {View::Ngrams, str::kNgramsView},           {View::TextStats, str::kTextStatsView}};

// The views as a row of buttons that wraps onto a second row rather than shortening a name.
void view_buttons(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  const ImGuiStyle& st = ImGui::GetStyle();
  bool first = true;
  for (const ViewTab& t : kViewTabs) {
    const bool current = model.view == t.view;
    const float w = ImGui::CalcTextSize(t.label(lang)).x + st.FramePadding.x * 2;
    if (!first) flow(w);
    first = false;
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(current ? ImGuiCol_HeaderActive : ImGuiCol_FrameBg));
    if (big_button(model.display, t.label(lang)) && !current) actions.push(SetView{t.view});
    ImGui::PopStyleColor();
  }
  ImGui::Separator();
}

// The one-column layout: the analysis views in a full-width list (the reader has its own button).
void analysis_picker(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  const char* current = "";
  for (const ViewTab& t : kViewTabs) {
    if (t.view == model.view) current = t.label(lang);
  }
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##analysis", current, ImGuiComboFlags_HeightLarge)) {
    for (const ViewTab& t : kViewTabs) {
      if (t.view == View::Reader) continue;
      if (ImGui::Selectable(t.label(lang), t.view == model.view, 0, ImVec2(0, target_height(model.display)))) {
        actions.push(SetView{t.view});
      }
    }
    ImGui::EndCombo();
  }
}

void main_pane(Model& model, Actions& actions, LayoutMode mode) {
  ViewState& vs = model.view_state;
  if (mode == LayoutMode::Medium) {
    if (big_button(model.display, model.list_collapsed ? str::kShowList(model.display.lang)
                                                       : str::kHideList(model.display.lang))) {
      actions.push(ToggleList{});
    }
    ImGui::SameLine();
  }
  if (mode == LayoutMode::Narrow) {
    if (model.view != View::Reader) analysis_picker(model, actions);
  } else {
    view_buttons(model, actions);
  }
  vs.layout_building.panels.push_back(view_name(model.view));
  switch (model.view) {
    case View::Reader: reader_view(model, vs, actions); break;
    case View::Concordance: concordance_view(model, actions); break;
    case View::Frequencies: frequencies_view(model, vs, actions); break;
    case View::Trends: trends_view(model, vs, actions); break;
    case View::Dispersion: dispersion_view(model, vs, actions); break;
    case View::Compare: compare_view(model, vs, actions); break;
    case View::Cloud: cloud_view(model, vs, actions); break;
    case View::Collocates: collocates_view(model, vs, actions); break;
    case View::Ngrams: ngrams_view(model, vs, actions); break;
    case View::TextStats: text_stats_view(model, vs, actions); break;
  }
}

// Left pane: the search results while there is a query, else the article list.
void list_pane(Model& model, Actions& actions) {
  const bool results = !model.search.query.empty();
  model.view_state.layout_building.panels.push_back(results ? "results" : "list");
  if (results) {
    results_view(model, model.view_state, actions);
  } else {
    article_list_view(model, model.view_state, actions);
  }
}

// The one-column layout's switch at the bottom, in thumb's reach: list, text, analysis.
void pane_bar(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float w = (ImGui::GetContentRegionAvail().x - spacing * 2) / 3;
  struct Choice {
    const char* label;
    bool current;
    Action action;
  };
  const bool on_list = model.pane == Pane::List;
  const Choice choices[] = {
      {model.search.query.empty() ? str::kListPane(lang) : str::kResultsPane(lang), on_list, ShowPane{Pane::List}},
      {str::kReaderPane(lang), !on_list && model.view == View::Reader, SetView{View::Reader}},
      {str::kAnalysisPane(lang), !on_list && model.view != View::Reader, SetView{model.last_analysis}},
  };
  for (std::size_t i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine();
    const Choice& c = choices[i];
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(c.current ? ImGuiCol_HeaderActive : ImGuiCol_FrameBg));
    if (big_button(model.display, c.label, w) && !c.current) actions.push(c.action);
    ImGui::PopStyleColor();
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
  if (model.session.pending() == 0 && !model.session.analysing()) return;
  for (auto& warning : model.session.step(kBackgroundBudgetMs).warnings) {
    model.notices.push_back({Notice::Warning, NoticeText::TextWarning, {}, std::move(warning)});
  }
  // The search follows as soon as the texts are indexed; counting for the charts goes on.
  follow_session(model);
}

}  // namespace

void draw_frame(Model& model) {
  // ImGui lays new windows out on the first frame and draws them on the second: background work
  // waits until then, so the article list is on screen as early as possible.
  if (ImGui::GetFrameCount() > 2) step_session(model);
  refresh_article_list(model);
  refresh_reader_marks(model);
  refresh_concordance(model);
  refresh_charts(model, chart_measures());
  refresh_reader_stats(model);
  Actions actions;
  ViewState& vs = model.view_state;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const LayoutMode mode = layout_mode(vp->WorkSize.x, model.display);
  vs.layout_building = LayoutReport{};
  vs.layout_building.mode = mode;
  {
    ClipReport clip_report(vs.layout_building);
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Wortblick", nullptr, kFlags);
    vs.layout_building.panels.push_back("toolbar");
    toolbar_view(model, vs, actions, mode);
    notices_view(model, actions);

    // Projector mode and phones drop the status bar: every pixel goes to the text.
    const bool status = !model.display.projector && mode != LayoutMode::Narrow;
    const ImGuiStyle& st = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float progress_height = em * 0.5f;
    const float bar_height = mode == LayoutMode::Narrow ? target_height(model.display) + st.ItemSpacing.y : 0.0f;
    const float status_height = (status ? ImGui::GetFrameHeightWithSpacing() : 0.0f) + bar_height +
                                (model.session.pending() > 0 ? progress_height + st.ItemSpacing.y : 0.0f);
    const float body_height = std::max(ImGui::GetContentRegionAvail().y - status_height, em);

    if (mode == LayoutMode::Narrow) {
      ImGui::BeginChild(model.pane == Pane::List ? "##list" : "##main", ImVec2(0, body_height), true);
      if (model.pane == Pane::List) {
        list_pane(model, actions);
      } else {
        main_pane(model, actions, mode);
      }
      ImGui::EndChild();
    } else {
      const bool list = mode == LayoutMode::Wide || !model.list_collapsed;
      if (list) {
        const float share = mode == LayoutMode::Wide ? 0.38f : 0.40f;
        const float list_width = std::min((mode == LayoutMode::Wide ? 26.0f : 22.0f) * em,
                                          ImGui::GetContentRegionAvail().x * share);
        ImGui::BeginChild("##list", ImVec2(list_width, body_height), true);
        list_pane(model, actions);
        ImGui::EndChild();
        ImGui::SameLine();
      }
      ImGui::BeginChild("##main", ImVec2(0, body_height), true);
      main_pane(model, actions, mode);
      ImGui::EndChild();
    }

    if (status) status_bar_view(model);
    if (model.session.pending() > 0) {
      // Progress of taking in added texts; the charts show their own while they count.
      const Progress p = model.session.progress();
      ImGui::ProgressBar(static_cast<float>(p.done) / static_cast<float>(std::max<std::size_t>(p.total, 1)),
                         ImVec2(-1, progress_height), "");
    }
    if (mode == LayoutMode::Narrow) {
      vs.layout_building.panels.push_back("pane-bar");
      pane_bar(model, actions);
    }
    ImGui::End();
    if (model.show_tag_manager) vs.layout_building.panels.push_back("tag-manager");
    if (model.show_add_text) vs.layout_building.panels.push_back("add-text");
    if (model.pending_import) vs.layout_building.panels.push_back("import");
    if (model.show_share) vs.layout_building.panels.push_back("share");
    if (model.explanation.shown) vs.layout_building.panels.push_back("explanation");
    tag_manager_view(model, vs, actions);
    add_text_view(model, vs, actions);
    import_dialog_view(model, actions);
    share_view(model, vs, actions);
    explanation_view(model, actions);
  }
  vs.layout = std::move(vs.layout_building);
  touch_drag_scroll(model);
  apply_all(model, actions);
}

}  // namespace wortblick::app
