// A headless ImGui context for app tests: fonts and style as the platform sets them, no renderer.
#pragma once

#include <gtest/gtest.h>
#include <imgui.h>

#include "app/fonts.h"
#include "app/frame.h"
#include "app/model.h"
#include "app/theme.h"

namespace wortblick::testing {

class HeadlessImGui : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    restyle(app::Display{});
  }
  void TearDown() override { ImGui::DestroyContext(); }

  // What the platform does when the display settings change: new fonts, new style.
  static void restyle(const app::Display& display) {
    app::load_fonts(display.font_size(), 1.0f);
    app::apply_theme(display);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // as a renderer would, to finish the atlas
  }
  static void restyle(const app::Model& m) { restyle(m.display); }

  static void frame(app::Model& m) {
    ImGui::NewFrame();
    app::draw_frame(m);
    ImGui::Render();
  }
};

}  // namespace wortblick::testing
