// The bar chart's layout: proportional bars, a zero line that moves for negative values.
#include "app/bar_chart.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace {

using namespace wortblick::app;

BarChartStyle style() {
  BarChartStyle s;
  s.row_height = 10;
  s.label_width = 100;
  s.value_width = 50;
  s.width = 450;  // 300 px of bar area
  return s;
}

TEST(BarChartGeometry, LargestValueFillsTheAreaAndOthersAreProportional) {
  const std::vector<BarRow> rows = {{"Amazon", {60}}, {"Whatsapp", {30}}, {"Kunden", {15}}};
  const auto g = bar_chart_geometry(rows, 1, style());
  ASSERT_EQ(g.bars.size(), 3u);
  EXPECT_FLOAT_EQ(g.zero_x, 100);
  EXPECT_FLOAT_EQ(g.bars[0].x1 - g.bars[0].x0, 300);
  EXPECT_FLOAT_EQ(g.bars[1].x1 - g.bars[1].x0, 150);
  EXPECT_FLOAT_EQ(g.bars[2].x1 - g.bars[2].x0, 75);
  EXPECT_LT(g.bars[0].y1, g.bars[1].y0);  // rows do not overlap
  EXPECT_FLOAT_EQ(g.height, 3 * 15);
}

TEST(BarChartGeometry, NegativeValuesGrowLeftOfAMovedZeroLine) {
  const std::vector<BarRow> rows = {{"a", {30}}, {"b", {-10}}};
  const auto g = bar_chart_geometry(rows, 1, style());
  EXPECT_FLOAT_EQ(g.zero_x, 100 + 75);  // 10 of 40 units lie left of zero
  EXPECT_FLOAT_EQ(g.bars[0].x0, g.zero_x);
  EXPECT_FLOAT_EQ(g.bars[1].x1, g.zero_x);
  EXPECT_FLOAT_EQ(g.bars[1].x0, 100);
}

TEST(BarChartGeometry, GroupedSeriesStackVerticallyPerRow) {
  const std::vector<BarRow> rows = {{"Artikel 1", {1, 2, 3}}, {"Artikel 2", {0, 0, 6}}};
  const auto g = bar_chart_geometry(rows, 3, style());
  ASSERT_EQ(g.bars.size(), 6u);
  EXPECT_EQ(g.bars[4].row, 1u);
  EXPECT_EQ(g.bars[4].series, 1u);
  EXPECT_FLOAT_EQ(g.bars[5].x1 - g.bars[5].x0, 300);
  EXPECT_FLOAT_EQ(g.bars[3].x1 - g.bars[3].x0, 0);
}

TEST(BarChartGeometry, EmptyZeroAndNonFiniteInputsStayFinite) {
  EXPECT_TRUE(bar_chart_geometry({}, 1, style()).bars.empty());
  const std::vector<BarRow> rows = {{"x", {0}}, {"y", {std::numeric_limits<double>::quiet_NaN()}}, {"z", {}}};
  const auto g = bar_chart_geometry(rows, 1, style());
  for (const auto& b : g.bars) {
    EXPECT_TRUE(std::isfinite(b.x0) && std::isfinite(b.x1));
    EXPECT_FLOAT_EQ(b.x0, b.x1);
  }
}

}  // namespace
