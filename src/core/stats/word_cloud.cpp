// Placing cloud words on a spiral with axis-aligned collision tests.
#include "core/stats/word_cloud.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wortblick::stats {
namespace {

struct Box {
  float x0, y0, x1, y1;
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

constexpr float kRingSpacing = 4;  // px between turns of the spiral
constexpr float kStepLength = 3;   // px along the spiral between tries

float font_size(double weight, double lo, double hi, const CloudOptions& o) {
  double t = 1;
  if (hi > lo) {
    t = o.scaling == CloudScaling::Sqrt ? (std::sqrt(weight) - std::sqrt(lo)) / (std::sqrt(hi) - std::sqrt(lo))
                                        : (weight - lo) / (hi - lo);
  }
  return static_cast<float>(o.min_font_px + t * (o.max_font_px - o.min_font_px));
}

}  // namespace

CloudLayout layout_cloud(std::span<const CloudWord> words, const CloudOptions& options, const MeasureText& measure) {
  CloudLayout out;
  if (!(options.width > 0) || !(options.height > 0)) {
    out.error = "the canvas must have a positive size";
    return out;
  }
  if (!(options.min_font_px > 0) || options.max_font_px < options.min_font_px || options.padding < 0) {
    out.error = "font sizes must satisfy 0 < min <= max and padding must not be negative";
    return out;
  }
  if (!measure) {
    out.error = "no text measuring function";
    return out;
  }
  std::vector<std::size_t> order(words.size());
  std::iota(order.begin(), order.end(), 0);
  for (const auto& w : words) {
    if (!(w.weight >= 0) || !std::isfinite(w.weight)) {
      out.error = "weights must be finite and not negative";
      return out;
    }
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (words[a].weight != words[b].weight) return words[a].weight > words[b].weight;
    return words[a].text != words[b].text ? words[a].text < words[b].text : a < b;
  });
  if (words.empty()) return out;
  const double hi = words[order.front()].weight;
  const double lo = words[order.back()].weight;

  const float cx = options.width / 2;
  const float cy = options.height / 2;
  const float aspect = options.width / options.height;  // stretch x so the cloud fills the canvas
  const float max_radius = std::hypot(cx, cy);
  std::vector<Box> boxes;
  for (const std::size_t i : order) {
    const float font = font_size(words[i].weight, lo, hi, options);
    const TextSize size = measure(words[i].text, font);
    const float bw = size.width + 2 * options.padding;
    const float bh = size.height + 2 * options.padding;
    bool placed = false;
    if (bw <= options.width && bh <= options.height && !words[i].text.empty()) {
      std::size_t last_hit = 0;  // neighbours collide repeatedly: test the last one first
      for (float theta = 0;;) {
        const float r = kRingSpacing * theta / (2 * 3.14159265f);
        if (r > max_radius) break;
        const float px = cx + r * std::cos(theta) * std::max(aspect, 1.0f);
        const float py = cy + r * std::sin(theta) / std::min(aspect, 1.0f);
        const Box box{px - bw / 2, py - bh / 2, px + bw / 2, py + bh / 2};
        theta += std::min(0.5f, kStepLength / std::max(r, 1.0f));
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > options.width || box.y1 > options.height) continue;
        if (last_hit < boxes.size() && box.overlaps(boxes[last_hit])) continue;
        bool free = true;
        for (std::size_t k = 0; k < boxes.size() && free; ++k) {
          if (box.overlaps(boxes[k])) {
            free = false;
            last_hit = k;
          }
        }
        if (!free) continue;
        boxes.push_back(box);
        out.placed.push_back({i, box.x0 + options.padding, box.y0 + options.padding, size.width, size.height, font});
        placed = true;
        break;
      }
    }
    if (!placed) out.dropped.push_back(i);
  }
  return out;
}

}  // namespace wortblick::stats
