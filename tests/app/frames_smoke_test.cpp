// Headless ImGui smoke test: every view runs for hundreds of frames with input, no renderer.
#include <gtest/gtest.h>
#include <imgui.h>

#include "app/fonts.h"
#include "app/frame.h"
#include "app/model.h"
#include "app/theme.h"

namespace {

using namespace wortblick;

class HeadlessImGui : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    app::load_fonts(18.0f, 1.0f);
    app::apply_theme(18.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // as a renderer would, to finish the atlas
  }
  void TearDown() override { ImGui::DestroyContext(); }

  void frame(app::Model& m) {
    ImGui::NewFrame();
    app::draw_frame(m);
    ImGui::Render();
  }
};

TEST_F(HeadlessImGui, EveryViewSurvivesFramesWithInput) {
  auto model = app::make_model(make_embedded_workspace());
  ImGuiIO& io = ImGui::GetIO();
  for (int i = 0; i < 300; ++i) {
    // Sweep the mouse over the window and click now and then, wheel-scrolling the reader.
    io.MousePos = ImVec2(static_cast<float>((i * 37) % 1280), static_cast<float>((i * 53) % 800));
    io.MouseDown[0] = i % 10 == 5;  // ImGui 1.86 input API: plain fields, no event queue
    io.MouseWheel = i % 7 == 0 ? -1.0f : 0.0f;
    frame(model);
  }
  ASSERT_TRUE(model.selected_article.has_value());
  EXPECT_LT(*model.selected_article, model.workspace.corpus.articles.size());
}

TEST_F(HeadlessImGui, ClickingARowSelectsThatArticle) {
  auto model = app::make_model(make_embedded_workspace());
  ASSERT_GE(model.workspace.corpus.articles.size(), 3u);
  ImGuiIO& io = ImGui::GetIO();
  frame(model);
  frame(model);
  // Row 3 (index 2) sits below the header row; rows are one frame height plus cell padding apart.
  const float row_h = ImGui::GetFontSize() + 2 * ImGui::GetStyle().CellPadding.y;
  const float header_end = ImGui::GetStyle().WindowPadding.y * 2 + row_h + 2;
  const ImVec2 target(60.0f, header_end + row_h * 2.5f);
  io.MousePos = target;
  frame(model);
  io.MouseDown[0] = true;
  frame(model);
  io.MouseDown[0] = false;
  frame(model);
  ASSERT_TRUE(model.selected_article.has_value());
  EXPECT_EQ(*model.selected_article, 2u);
}

TEST_F(HeadlessImGui, TinyAndHugeWindowsDoNotAssert) {
  auto model = app::make_model(make_embedded_workspace());
  ImGuiIO& io = ImGui::GetIO();
  for (const ImVec2 size : {ImVec2(1, 1), ImVec2(120, 90), ImVec2(7680, 4320)}) {
    io.DisplaySize = size;
    for (int i = 0; i < 5; ++i) frame(model);
  }
}

}  // namespace
