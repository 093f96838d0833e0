// Every UI string (both languages) can be drawn with the embedded font: no '?' boxes on screen.
#include <gtest/gtest.h>
#include <imgui.h>

#include <fstream>
#include <iterator>
#include <string>

#include "app/fonts.h"

namespace {

TEST(UiStrings, EveryCharacterOfTheStringTableHasAGlyph) {
  ImGui::CreateContext();
  wortblick::app::load_fonts(18.0f, 1.0f);
  std::ifstream in(WORTBLICK_STRINGS_FILE, std::ios::binary);
  const std::string source{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  ASSERT_GT(source.size(), 1000u);
  // The whole header, code included: its literals are what the UI shows.
  EXPECT_EQ(wortblick::app::missing_glyphs(source), "");
  EXPECT_EQ(wortblick::app::missing_glyphs("äöüÄÖÜßẞ„“”‚‘–—…€«»"), "");
  EXPECT_EQ(wortblick::app::missing_glyphs("→"), "→");  // the check itself can fail
  ImGui::DestroyContext();
}

}  // namespace
