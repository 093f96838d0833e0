// Word cloud layout: no overlaps, inside the canvas, deterministic, dropped words reported.
#include "core/stats/word_cloud.h"

#include <string>

#include <gtest/gtest.h>

namespace wortblick::stats {
namespace {

// A monospace stand-in for the UI font: 0.6 em per byte, 1.2 em line height.
TextSize measure(std::string_view text, float font_px) {
  return {0.6f * font_px * static_cast<float>(text.size()), 1.2f * font_px};
}

std::vector<CloudWord> words(std::size_t n) {
  std::vector<CloudWord> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back({"Wort" + std::to_string(i), static_cast<double>(n - i)});
  return out;
}

bool overlap(const PlacedWord& a, const PlacedWord& b, float pad) {
  return a.x - pad < b.x + b.width + pad && b.x - pad < a.x + a.width + pad && a.y - pad < b.y + b.height + pad &&
         b.y - pad < a.y + a.height + pad;
}

TEST(StatsWordCloud, PlacesWordsWithoutOverlapInsideTheCanvas) {
  CloudOptions o{600, 400, 10, 48, CloudScaling::Sqrt, 2};
  const auto in = words(40);
  const auto layout = layout_cloud(in, o, measure);
  ASSERT_TRUE(layout.error.empty());
  EXPECT_EQ(layout.placed.size() + layout.dropped.size(), in.size());
  EXPECT_GT(layout.placed.size(), 20u);
  for (std::size_t i = 0; i < layout.placed.size(); ++i) {
    const auto& p = layout.placed[i];
    EXPECT_GE(p.x, 0);
    EXPECT_GE(p.y, 0);
    EXPECT_LE(p.x + p.width, o.width);
    EXPECT_LE(p.y + p.height, o.height);
    for (std::size_t k = 0; k < i; ++k) EXPECT_FALSE(overlap(p, layout.placed[k], 1.99f)) << i << " vs " << k;
  }
  // Largest first, at the maximum size, starting at the centre.
  EXPECT_EQ(layout.placed[0].index, 0u);
  EXPECT_FLOAT_EQ(layout.placed[0].font_px, 48);
  EXPECT_NEAR(layout.placed[0].x + layout.placed[0].width / 2, 300, 1);
  EXPECT_NEAR(layout.placed[0].y + layout.placed[0].height / 2, 200, 1);
  for (std::size_t i = 1; i < layout.placed.size(); ++i) {
    EXPECT_LE(layout.placed[i].font_px, layout.placed[i - 1].font_px);
  }
}

TEST(StatsWordCloud, SameInputSameLayout) {
  CloudOptions o{500, 300, 10, 40, CloudScaling::Linear, 3};
  const auto in = words(60);
  const auto a = layout_cloud(in, o, measure);
  const auto b = layout_cloud(in, o, measure);
  ASSERT_EQ(a.placed.size(), b.placed.size());
  for (std::size_t i = 0; i < a.placed.size(); ++i) {
    EXPECT_EQ(a.placed[i].index, b.placed[i].index);
    EXPECT_EQ(a.placed[i].x, b.placed[i].x);
    EXPECT_EQ(a.placed[i].y, b.placed[i].y);
  }
  EXPECT_EQ(a.dropped, b.dropped);
}

TEST(StatsWordCloud, WordsThatDoNotFitAreDropped) {
  CloudOptions o{200, 60, 12, 30, CloudScaling::Sqrt, 2};
  std::vector<CloudWord> in = words(30);
  in.push_back({std::string(100, 'x'), 1000});  // wider than the canvas at any size
  const auto layout = layout_cloud(in, o, measure);
  ASSERT_TRUE(layout.error.empty());
  EXPECT_FALSE(layout.dropped.empty());
  EXPECT_NE(std::find(layout.dropped.begin(), layout.dropped.end(), in.size() - 1), layout.dropped.end());
  EXPECT_EQ(layout.placed.size() + layout.dropped.size(), in.size());
}

TEST(StatsWordCloud, ScalingAndBadInput) {
  std::vector<CloudWord> in = {{"gross", 100}, {"mittel", 25}, {"klein", 0}};
  CloudOptions o{800, 600, 10, 50, CloudScaling::Sqrt, 0};
  const auto sqrt_layout = layout_cloud(in, o, measure);
  ASSERT_EQ(sqrt_layout.placed.size(), 3u);
  EXPECT_FLOAT_EQ(sqrt_layout.placed[1].font_px, 10 + 0.5f * 40);  // sqrt(25)/sqrt(100)
  o.scaling = CloudScaling::Linear;
  EXPECT_FLOAT_EQ(layout_cloud(in, o, measure).placed[1].font_px, 10 + 0.25f * 40);
  EXPECT_FALSE(layout_cloud(in, CloudOptions{0, 100}, measure).error.empty());
  EXPECT_FALSE(layout_cloud(in, o, MeasureText()).error.empty());
  in.push_back({"negativ", -1});
  EXPECT_FALSE(layout_cloud(in, o, measure).error.empty());
  EXPECT_TRUE(layout_cloud({}, o, measure).placed.empty());
}

}  // namespace
}  // namespace wortblick::stats
