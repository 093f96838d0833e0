// Variable-height virtual rows (see virtual_rows.h).
#include "app/virtual_rows.h"

#include <imgui.h>

namespace wortblick::app {

VirtualRows::VirtualRows(std::vector<float>& heights, std::size_t count, float estimate,
                         std::optional<std::size_t> scroll_to)
    : heights_(heights), estimate_(estimate), scroll_to_(scroll_to) {
  if (heights_.size() != count) heights_.assign(count, 0.0f);
  top_ = ImGui::GetScrollY() - estimate;
  bottom_ = ImGui::GetScrollY() + ImGui::GetWindowHeight() + estimate;
  y_ = ImGui::GetCursorPosY();
}

bool VirtualRows::begin_row(std::size_t row) {
  const float height = heights_[row] > 0 ? heights_[row] : estimate_;
  const bool wanted = scroll_to_ && *scroll_to_ == row;
  if (!wanted && (y_ + height < top_ || y_ > bottom_)) {
    skipped_ += height;
    y_ += height;
    return false;
  }
  flush();
  row_top_ = ImGui::GetCursorPosY();
  if (wanted) ImGui::SetScrollHereY(0.5f);
  return true;
}

void VirtualRows::end_row(std::size_t row) {
  heights_[row] = ImGui::GetCursorPosY() - row_top_;
  y_ += heights_[row];
}

void VirtualRows::flush() {
  if (skipped_ > 0) ImGui::Dummy(ImVec2(1, skipped_ - ImGui::GetStyle().ItemSpacing.y));
  skipped_ = 0;
}

void VirtualRows::finish() { flush(); }

}  // namespace wortblick::app
