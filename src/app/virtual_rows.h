// Lists of rows of varying height (wrapped titles, snippets) that draw only the rows near the
// window's visible part: the others become one spacer of their last measured height.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace wortblick::app {

class VirtualRows {
 public:
  // `heights` keeps each row's height between frames (0: not measured yet, `estimate` stands in).
  // `scroll_to`: a row that must be drawn and scrolled into view this frame.
  VirtualRows(std::vector<float>& heights, std::size_t count, float estimate,
              std::optional<std::size_t> scroll_to = std::nullopt);
  // True when `row` is to be drawn now: draw it, then call end_row(row).
  bool begin_row(std::size_t row);
  void end_row(std::size_t row);
  // After the last row: the spacer for the rows skipped at the end.
  void finish();

 private:
  std::vector<float>& heights_;
  float estimate_;
  float top_, bottom_;
  float y_;
  float skipped_ = 0;
  float row_top_ = 0;
  std::optional<std::size_t> scroll_to_;
  void flush();
};

}  // namespace wortblick::app
