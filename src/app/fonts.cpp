// Loads the embedded fonts with the glyph ranges German news text needs.
#include "app/fonts.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <cassert>
#include <string_view>

#include "app/font_files.h"

namespace wortblick::app {
namespace {

// ImGui 1.86's default ranges stop at U+00FF; German typography needs „ “ ‚ ‘ – — … € ẞ too.
// Must match the ranges cmake/SubsetFont.cmake keeps in the subset (only what Noto Sans has:
// it has no minus sign U+2212 or arrows, so the UI writes '-' and uses ImGui's arrow buttons).
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 (ä ö ü ß « »)
    0x0100, 0x017F,  // Latin Extended-A
    0x1E9E, 0x1E9E,  // ẞ
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x2030, 0x203A,  // per mille, guillemets ‹ ›
    0x20AC, 0x20AC,  // €
    0x2122, 0x2122,  // ™
    0xFFFD, 0xFFFD,  // replacement character shown for invalid UTF-8
    0,
};

std::string_view font_bytes(std::string_view name) {
  for (const auto& f : generated::font_files()) {
    if (f.name == name) return f.bytes;
  }
  assert(false && "font not embedded");
  return {};
}

ImFont* add_font(std::string_view name, float pixels) {
  const auto bytes = font_bytes(name);
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in the program image
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  // ImGui wants a mutable pointer but only reads the data when the atlas does not own it.
  void* data = const_cast<char*>(bytes.data());
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), pixels, &cfg,
                                                    kGlyphRanges);
}

}  // namespace

void load_fonts(float size, float device_pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // Rasterize at physical pixels and scale back, so one CSS pixel of text is DPR screen pixels.
  add_font("NotoSans-Regular.ttf", size * device_pixel_ratio);
  add_font("NotoSans-Bold.ttf", size * 1.35f * device_pixel_ratio);
  io.FontGlobalScale = 1.0f / device_pixel_ratio;
  io.Fonts->Build();
}

std::string missing_glyphs(std::string_view utf8) {
  std::string missing;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    unsigned int c = 0;
    const int len = ImTextCharFromUtf8(&c, p, end);
    if (len <= 0) break;
    if (c >= 0x20) {
      for (ImFont* font : ImGui::GetIO().Fonts->Fonts) {
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(c))) {
          missing.append(p, static_cast<std::size_t>(len));
          break;
        }
      }
    }
    p += len;
  }
  return missing;
}

ImFont* title_font() { return ImGui::GetIO().Fonts->Fonts[1]; }

}  // namespace wortblick::app
