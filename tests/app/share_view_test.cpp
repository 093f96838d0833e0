// The share panel: its link, the code's fit on a phone and a projector, line breaks, buttons, Escape.
#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>
#include <string>
#include <variant>

#include "app/actions.h"
#include "app/fonts.h"
#include "app/frame.h"
#include "app/model.h"
#include "app/share.h"
#include "app/theme.h"
#include "app/url_state.h"
#include "../support/headless_imgui.h"

namespace {

using namespace wortblick;

bool whole(float v) { return std::fabs(v - std::round(v)) < 1e-3f; }

TEST(ShareLink, IsThePageUrlWithTheFragmentOfWhatIsShown) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetPageUrl{"https://schule.example/wortblick/?render=x#view=cloud", false});
  EXPECT_EQ(model.page_url, "https://schule.example/wortblick/?render=x");  // the old fragment goes
  app::apply(model, app::SetQuery{"Verschlüsselung"});
  app::apply(model, app::SetView{app::View::Concordance});
  const std::string url = app::share_url(model);
  EXPECT_EQ(url, "https://schule.example/wortblick/?render=x#" + app::encode_url_state(model));
  EXPECT_NE(url.find("concordance"), std::string::npos) << url;
  EXPECT_NE(url.find("Verschl%C3%BCsselung"), std::string::npos) << url;
}

TEST(ShareLink, FilePagesAreLocal) {
  EXPECT_TRUE(app::page_is_local("file:///home/lehrer/wortblick.html"));
  EXPECT_TRUE(app::page_is_local("FILE:///C:/wortblick.html"));
  EXPECT_FALSE(app::page_is_local("https://schule.example/file:x"));
  EXPECT_FALSE(app::page_is_local("fil"));
  EXPECT_FALSE(app::page_is_local(""));
}

TEST(ShareLink, SavingACopyIsAskedOnlyWhereThePageCanMakeOne) {
  auto model = app::make_model(Session());
  app::apply(model, app::SavePageCopy{});
  EXPECT_FALSE(model.page_copy_requested);
  app::apply(model, app::SetPageUrl{"file:///tmp/wortblick.html", true});
  app::apply(model, app::SavePageCopy{});
  EXPECT_TRUE(model.page_copy_requested);
  app::apply(model, app::PageCopySaved{});
  EXPECT_FALSE(model.page_copy_requested);
}

TEST(QrFit, WholeDevicePixelsPerModuleAndNeverLargerThanAllowed) {
  for (const float scale : {1.0f, 1.25f, 2.0f, 3.0f}) {
    for (const int modules : {29, 45, 185}) {
      for (const float max_side : {90.0f, 330.0f, 331.7f, 760.0f}) {
        const app::QrLayout fit = app::fit_qr(max_side, modules, scale);
        if (max_side * scale < static_cast<float>(modules)) {
          EXPECT_EQ(fit.side, 0.0f);  // not one device pixel a module: nothing to draw
          continue;
        }
        EXPECT_TRUE(whole(fit.module * scale)) << fit.module << " at " << scale;
        EXPECT_LE(fit.side, max_side + 1e-3f);
        EXPECT_FLOAT_EQ(fit.side, fit.module * static_cast<float>(modules));
        // As large as fits: one more device pixel a module would not.
        EXPECT_GT((fit.module * scale + 1) * static_cast<float>(modules), max_side * scale);
      }
    }
  }
  EXPECT_EQ(app::fit_qr(100, 0, 1).side, 0.0f);
  EXPECT_EQ(app::fit_qr(NAN, 29, 1).side, 0.0f);
}

TEST(LineBreaks, FitTheWidthBreakAtTheRightPlacesAndKeepEveryByte) {
  const auto measure = [](std::string_view s) { return static_cast<float>(s.size()) * 10.0f; };  // 10 px a byte
  const std::string url = "https://schule.example/wortblick/index.html#view=reader&article=000_7fb449a311e9661c%3A1";
  const auto lines = app::break_lines(url, 340, measure, app::Breaks::Url);
  std::string joined;
  for (const auto line : lines) {
    EXPECT_LE(measure(line), 340.0f) << line;
    EXPECT_FALSE(line.empty());
    joined += line;
  }
  EXPECT_EQ(joined, url);
  EXPECT_EQ(lines, (std::vector<std::string_view>{"https://schule.example/wortblick/", "index.html#view=reader",
                                                  "&article=000_7fb449a311e9661c%3A1"}));
  // Prose breaks at spaces only, even where a '.' or '/' comes later in the line.
  const auto prose = app::break_lines("Die Datei wortblick.html lässt sich weitergeben", 200, measure, app::Breaks::Prose);
  EXPECT_EQ(prose, (std::vector<std::string_view>{"Die Datei ", "wortblick.html ", "lässt sich ", "weitergeben"}));
  // A run longer than a line is cut where it must, but never inside a UTF-8 sequence.
  const std::string umlauts = "äöüäöüäöüäöü";
  for (const auto line : app::break_lines(umlauts, 50, measure, app::Breaks::Url)) {
    EXPECT_EQ(line.size() % 2, 0u) << line;
  }
  EXPECT_EQ(app::break_lines("abc", 1, measure, app::Breaks::Prose).size(), 3u);  // narrower than a character still ends
  EXPECT_TRUE(app::break_lines("", 100, measure, app::Breaks::Prose).empty());
}

class SharePanel : public wortblick::testing::HeadlessImGui {
 protected:
  void SetUp() override {
    HeadlessImGui::SetUp();
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Escape] = 27;
    // A static hop: ImGui's clipboard callback is a plain function pointer.
    static std::string* copied_text = &copied;
    copied_text = &copied;
    io.SetClipboardTextFn = [](void*, const char* text) { *copied_text = text; };
  }

  void tap(app::Model& m, const float rect[4]) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(rect[0] + rect[2] / 2, rect[1] + rect[3] / 2);
    frame(m);
    io.MouseDown[0] = true;
    frame(m);
    io.MouseDown[0] = false;
    frame(m);
  }

  std::string copied;
};

TEST_F(SharePanel, OnAPhoneTheCodeIsSquareCentredAndFitsAboveTheLinkAndButtons) {
  auto model = app::make_model(Session());
  model.display.touch = true;
  restyle(model);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(360, 640);
  io.DisplayFramebufferScale = ImVec2(3, 3);
  app::apply(model, app::SetPageUrl{"https://schule.example/wortblick/", false});
  app::apply(model, app::SetQuery{"Datenschutz"});
  app::apply(model, app::ShowShare{true});
  for (int i = 0; i < 3; ++i) frame(model);
  const auto& st = model.view_state.share;
  ASSERT_TRUE(std::holds_alternative<share::QrCode>(st.qr));
  const int modules = std::get<share::QrCode>(st.qr).size + 8;
  const float* qr = st.qr_rect;
  EXPECT_FLOAT_EQ(qr[2], qr[3]);
  EXPECT_GT(qr[2], 250.0f) << "a code a class can scan from a phone held up";
  EXPECT_TRUE(whole(qr[2] * 3 / static_cast<float>(modules))) << "device pixels per module";
  EXPECT_TRUE(whole(qr[0] * 3) && whole(qr[1] * 3)) << "on the device pixel grid";
  EXPECT_NEAR(qr[0] + qr[2] / 2, 180.0f, 1.0f);
  EXPECT_GE(qr[0], 0.0f);
  EXPECT_LE(qr[0] + qr[2], 360.0f);
  // Under the code: the link, then the buttons, all on screen, each at least 44 CSS px high.
  for (const float* button : {st.copy_rect, st.close_rect}) {
    EXPECT_GE(button[3], 44.0f);
    EXPECT_GT(button[1], qr[1] + qr[3] + 30);
    EXPECT_LE(button[1] + button[3], 640.0f);
  }
  tap(model, st.copy_rect);
  EXPECT_EQ(copied, app::share_url(model));
  EXPECT_EQ(copied, st.url);
  EXPECT_TRUE(model.show_share);
  tap(model, st.close_rect);
  EXPECT_FALSE(model.show_share);
}

TEST_F(SharePanel, OnAProjectorTheCodeTakesTheFullHeightBesideTheText) {
  auto model = app::make_model(Session());
  restyle(model);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1280, 800);
  io.DisplayFramebufferScale = ImVec2(1, 1);
  app::apply(model, app::SetPageUrl{"https://schule.example/wortblick/", false});
  app::apply(model, app::ShowShare{true});
  for (int i = 0; i < 3; ++i) frame(model);
  const auto& st = model.view_state.share;
  EXPECT_GT(st.qr_rect[3], 650.0f);
  EXPECT_LE(st.qr_rect[1] + st.qr_rect[3], 800.0f);
  EXPECT_GT(st.copy_rect[0], st.qr_rect[0] + st.qr_rect[2]);  // the buttons beside it
  EXPECT_LT(st.copy_rect[3], 44.0f);  // a mouse needs no finger-sized buttons
}

TEST_F(SharePanel, EscapeClosesIt) {
  auto model = app::make_model(Session());
  restyle(model);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(800, 600);
  app::apply(model, app::ShowShare{true});
  frame(model);
  frame(model);
  EXPECT_TRUE(model.show_share);
  io.KeysDown[27] = true;
  frame(model);
  io.KeysDown[27] = false;
  frame(model);
  EXPECT_FALSE(model.show_share);
}

TEST_F(SharePanel, FromDiskItSaysSoAndOffersTheFileAndATooLongLinkStillShows) {
  auto model = app::make_model(Session());
  model.display.touch = true;
  restyle(model);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(360, 640);
  io.DisplayFramebufferScale = ImVec2(3, 3);
  app::apply(model, app::SetPageUrl{"file:///media/usb/wortblick.html", true});
  app::apply(model, app::ShowShare{true});
  for (int i = 0; i < 3; ++i) frame(model);
  const auto& st = model.view_state.share;
  EXPECT_GT(st.qr_rect[2], 150.0f);  // the note and its button take room, the code still shows
  EXPECT_LE(st.close_rect[1] + st.close_rect[3], 640.0f);
  // The save button sits between the note and the code; tapping it asks the platform for the copy.
  EXPECT_GE(st.save_rect[3], 44.0f);
  EXPECT_LT(st.save_rect[1] + st.save_rect[3], st.qr_rect[1]);
  tap(model, st.save_rect);
  EXPECT_TRUE(model.page_copy_requested);

  // A query of 1,000 umlauts makes a link of 6,000 bytes: no code, but the link and the buttons.
  std::string query;
  for (int i = 0; i < 1000; ++i) query += "ä";
  app::apply(model, app::SetQuery{query});
  for (int i = 0; i < 3; ++i) frame(model);
  EXPECT_TRUE(std::holds_alternative<share::QrError>(st.qr));
  EXPECT_EQ(st.qr_rect[2], 0.0f);
  EXPECT_GT(st.copy_rect[3], 0.0f);
}

}  // namespace
