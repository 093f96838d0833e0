// Every view and dialog at a phone, a tablet, a projector and a desktop size: the layout the
// width calls for, and no label cut off (layout().clipped is empty).
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // OpenPopupStack: closing popups between screens

#include <algorithm>
#include <cfloat>
#include <string_view>
#include <functional>
#include <string>
#include <vector>

#include "app/actions.h"
#include "app/clip_report.h"
#include "app/layout.h"
#include "app/model.h"
#include "../support/headless_imgui.h"

namespace {

using namespace wortblick;
using wortblick::testing::HeadlessImGui;

struct Screen {
  const char* name;
  float width, height;
  bool touch, projector;
  app::LayoutMode mode;
};
constexpr Screen kScreens[] = {
    {"phone 360x640", 360, 640, true, false, app::LayoutMode::Narrow},
    {"tablet 768x1024", 768, 1024, true, false, app::LayoutMode::Medium},
    {"projector 1024x768", 1024, 768, false, true, app::LayoutMode::Narrow},
    {"projector 1280x800", 1280, 800, false, true, app::LayoutMode::Medium},
    {"desktop 1920x1080", 1920, 1080, false, false, app::LayoutMode::Wide},
};

class LayoutAudit : public HeadlessImGui {
 protected:
  app::Model model = app::make_model(Session());

  void show(const Screen& s, app::Lang lang) {
    ImGui::GetIO().DisplaySize = ImVec2(s.width, s.height);
    app::apply(model, app::SetTouch{s.touch});
    if (model.display.projector != s.projector) app::apply(model, app::ToggleProjector{});
    app::apply(model, app::SetLanguage{lang});
    restyle(model);
  }

  // A few frames: auto-sizing popups and windows settle in two.
  void settle() {
    for (int i = 0; i < 4; ++i) frame(model);
  }

  const app::LayoutReport::Target* target(const std::string& label) const {
    for (const auto& t : model.view_state.layout.targets) {
      if (t.label == label) return &t;
    }
    return nullptr;
  }

  bool press(const std::string& label) {
    const auto* t = target(label);
    if (!t) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(t->x + t->width / 2, t->y + t->height / 2);
    io.MouseDown[0] = true;
    frame(model);
    io.MouseDown[0] = false;
    frame(model);
    io.MousePos = ImVec2(-1, -1);
    return true;
  }

  std::string labels() const {
    std::string out;
    for (const auto& t : model.view_state.layout.targets) out += "[" + t.label + "] ";
    return out;
  }

  static void close_popups() { ImGui::GetCurrentContext()->OpenPopupStack.resize(0); }

  std::string clipped() const {
    std::string out;
    for (const auto& c : model.view_state.layout.clipped) out += "[" + c + "] ";
    return out;
  }

  void expect_nothing_cut(const Screen& s, const std::string& what) {
    EXPECT_TRUE(model.view_state.layout.clipped.empty()) << s.name << ", " << what << ": " << clipped();
  }
};

TEST_F(LayoutAudit, EveryViewAndDialogFitsEveryScreen) {
  // Content that makes rows long: tags, a category, a query with results, an undo label.
  app::apply(model, app::CreateTag{"Datenschutz und Privatsphäre"});
  app::apply(model, app::TagArticles{"Datenschutz und Privatsphäre", {model.session.corpus().articles[0].id}});
  app::apply(model, app::SetCategory{"Unternehmen", {"Amazon", "Whatsapp", "Facebook"}, false});
  for (const auto lang : {app::Lang::De, app::Lang::En}) {
    for (const Screen& s : kScreens) {
      show(s, lang);
      // A query: the concordance and the reader show their hit controls.
      app::apply(model, app::SetQuery{"Whatsapp"});
      app::apply(model, app::SelectArticle{0});
      settle();
      EXPECT_EQ(model.view_state.layout.mode, s.mode) << s.name;
      expect_nothing_cut(s, "reader");
      for (const app::View v : {app::View::Concordance, app::View::Frequencies, app::View::Trends,
                                app::View::Dispersion, app::View::Compare, app::View::Cloud, app::View::Collocates,
                                app::View::Ngrams, app::View::TextStats, app::View::Reader}) {
        app::apply(model, app::SetView{v});
        settle();
        expect_nothing_cut(s, std::string("view ") + std::to_string(static_cast<int>(v)));
      }
      // The collocation network, the reader's statistics panel and an explanation.
      app::ChartSettings network = model.charts;
      network.network = true;
      app::apply(model, app::SetChartSettings{network});
      app::apply(model, app::SetView{app::View::Collocates});
      settle();
      expect_nothing_cut(s, "collocation network");
      // On small screens the network is below the controls: scroll the main pane down to it.
      for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        if (std::string_view(w->Name).find("##main") != std::string_view::npos) w->Scroll.y = 1e6f;  // clamped to the content at its next Begin
      }
      settle();
      const bool drawn = std::any_of(model.view_state.layout.targets.begin(), model.view_state.layout.targets.end(),
                                     [](const auto& t) { return t.label.rfind("##net-", 0) == 0; });
      EXPECT_TRUE(drawn) << s.name << ": the network shows no collocate: " << labels();
      network.network = false;
      app::apply(model, app::SetChartSettings{network});
      app::apply(model, app::SetView{app::View::Reader});
      app::apply(model, app::ToggleReaderStats{});
      settle();
      expect_nothing_cut(s, "reader statistics");
      app::apply(model, app::ToggleReaderStats{});
      app::apply(model, app::ShowExplanation{stats::explain_collocation("Whatsapp", "Nutzer", stats::CollocationMeasure::LogDice,
                                                                         {12, 40, 300, 20000, 10}, 5, 5)});
      settle();
      expect_nothing_cut(s, "explanation");
      app::apply(model, app::ShowExplanation{std::nullopt});
      settle();
      app::apply(model, app::SetQuery{"Whatsapp"});
      app::apply(model, app::ShowPane{app::Pane::List});
      settle();
      expect_nothing_cut(s, "results");
      app::apply(model, app::SetQuery{""});
      settle();
      expect_nothing_cut(s, "article list");

      app::apply(model, app::ShowTagManager{true});
      settle();
      expect_nothing_cut(s, "tag manager");
      app::apply(model, app::ShowTagManager{false});
      app::apply(model, app::ShowAddText{true});
      settle();
      expect_nothing_cut(s, "add text");
      app::apply(model, app::ShowAddText{false});
      app::apply(model, app::ShowShare{true});
      settle();
      expect_nothing_cut(s, "share");
      app::apply(model, app::ShowShare{false});
      settle();

      // Popups: the display settings and the query help, from the toolbar or its menu.
      const char* menu = app::str::kMenu(lang);
      const bool compact = target(menu) != nullptr;
      if (compact) {
        ASSERT_TRUE(press(menu)) << s.name;
        settle();
        expect_nothing_cut(s, "menu");
        ASSERT_TRUE(press(app::str::kQueryHelp(lang))) << s.name << ": " << labels();
        settle();
        expect_nothing_cut(s, "query help");
      } else {
        ASSERT_TRUE(press(app::str::kDisplay(lang))) << s.name;
        settle();
        expect_nothing_cut(s, "display settings");
        close_popups();
        ASSERT_TRUE(press("?")) << s.name;
        settle();
        expect_nothing_cut(s, "query help");
      }
      close_popups();
      app::apply(model, app::SetView{app::View::Frequencies});
      settle();
      if (!target(app::str::kEditStopwords(lang))) {
        // Folded away on a phone.
        ASSERT_TRUE(press(app::str::kChartOptions(lang))) << s.name << ": " << labels();
        settle();
        expect_nothing_cut(s, "chart options");
      }
      ASSERT_TRUE(press(app::str::kEditStopwords(lang))) << s.name << ": " << labels();
      settle();
      expect_nothing_cut(s, "stop words");
      close_popups();
    }
  }
}

}  // namespace

namespace {

using wortblick::testing::HeadlessImGui;

// The check itself: a label wider than its button, and a checkbox past the window's edge, are
// reported; a button that fits is not.
TEST_F(HeadlessImGui, ClipReportFindsCutLabels) {
  wortblick::app::LayoutReport report;
  ImGui::NewFrame();
  {
    wortblick::app::ClipReport clip(report);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(300, 200));
    ImGui::Begin("probe", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::Button("fits");
    ImGui::Button("a label far wider than twenty pixels", ImVec2(20, 0));
    ImGui::SetCursorPosX(250);
    bool on = false;
    ImGui::Checkbox("runs past the edge", &on);
    ImGui::End();
  }
  ImGui::Render();
  EXPECT_EQ(report.clipped, (std::vector<std::string>{"a label far wider than twenty pixels", "runs past the edge"}));
  ASSERT_EQ(report.targets.size(), 3u);
  EXPECT_EQ(report.targets[0].label, "fits");
  EXPECT_GT(report.targets[0].width, 0.0f);
}

}  // namespace
