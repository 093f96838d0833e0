// Lays out text word by word (ImGui has no rich text), drawing highlight boxes under byte ranges.
#include "app/rich_text.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

namespace wortblick::app {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::optional<float> rich_text(std::string_view text, std::span<const Highlight> highlights, float wrap_width,
                               std::optional<std::size_t> focus) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const float line_h = ImGui::GetTextLineHeight();
  const float line_step = ImGui::GetTextLineHeightWithSpacing() - ImGui::GetStyle().ItemSpacing.y * 0.5f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text_color = ImGui::GetColorU32(ImGuiCol_Text);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float window_y = ImGui::GetWindowPos().y - ImGui::GetScrollY();
  const char* base = text.data();
  auto width_of = [&](std::size_t b, std::size_t e) {
    return font->CalcTextSizeA(size, FLT_MAX, 0.0f, base + b, base + e).x;
  };

  float x = 0;
  float y = 0;
  std::optional<float> focus_y;
  std::size_t first_hl = 0;  // highlights before this end before the current piece
  std::size_t i = 0;
  while (i < text.size()) {
    // A piece is a word plus the spaces after it; it wraps as a whole.
    std::size_t word_end = i;
    while (word_end < text.size() && !is_space(text[word_end])) ++word_end;
    std::size_t piece_end = word_end;
    while (piece_end < text.size() && is_space(text[piece_end])) ++piece_end;
    const float word_w = width_of(i, word_end);
    if (x > 0 && x + word_w > wrap_width) {
      x = 0;
      y += line_step;
    }
    const float piece_w = word_w + (piece_end > word_end ? width_of(word_end, piece_end) : 0.0f);
    const ImVec2 p(origin.x + x, origin.y + y);
    const bool visible = ImGui::IsRectVisible(p, ImVec2(p.x + piece_w, p.y + line_h));

    while (first_hl < highlights.size() && highlights[first_hl].end <= i) ++first_hl;
    for (std::size_t h = first_hl; h < highlights.size() && highlights[h].begin < piece_end; ++h) {
      const Highlight& hl = highlights[h];
      // Spaces are highlighted only inside a highlight (a phrase), never trailing it.
      const std::size_t b = std::max(hl.begin, i);
      const std::size_t e = std::min(hl.end, hl.end > word_end ? piece_end : word_end);
      if (b >= e) continue;
      const float x0 = p.x + width_of(i, b);
      const float x1 = p.x + width_of(i, e);
      if (focus && *focus == h && !focus_y) focus_y = p.y - window_y;
      if (!visible) continue;
      if (hl.background) dl->AddRectFilled(ImVec2(x0 - 1, p.y), ImVec2(x1 + 1, p.y + line_h), hl.background, 2.0f);
      if (hl.underline) {
        dl->AddLine(ImVec2(x0, p.y + line_h - 1), ImVec2(x1, p.y + line_h - 1), hl.underline, 2.0f);
      }
    }
    if (visible) dl->AddText(font, size, p, text_color, base + i, base + word_end);
    x += piece_w;
    i = piece_end;
  }
  ImGui::Dummy(ImVec2(wrap_width, y + line_h));
  return focus_y;
}

}  // namespace wortblick::app
