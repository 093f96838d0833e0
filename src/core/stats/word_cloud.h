// Word cloud layout (Voyant's "Cirrus"): words sized by weight, placed on a spiral, no overlaps.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wortblick::stats {

struct CloudWord {
  std::string text;
  double weight = 0;  // e.g. a count; must be >= 0
};

struct TextSize {
  float width = 0;
  float height = 0;
};

// The size of `text` drawn at `font_px`; the UI passes its font measurement (e.g. ImGui's
// CalcTextSize scaled to the font size).
using MeasureText = std::function<TextSize(std::string_view text, float font_px)>;

enum class CloudScaling { Sqrt, Linear };

struct CloudOptions {
  float width = 0;   // canvas size in px
  float height = 0;
  float min_font_px = 12;
  float max_font_px = 48;
  CloudScaling scaling = CloudScaling::Sqrt;  // sqrt: area grows with weight, not height
  float padding = 2;  // kept free around every word's box
};

struct PlacedWord {
  std::size_t index = 0;  // into the input
  float x = 0;            // top-left of the text (without padding), canvas coordinates
  float y = 0;
  float width = 0;
  float height = 0;
  float font_px = 0;
};

struct CloudLayout {
  std::vector<PlacedWord> placed;    // in placement order: weight descending, then text
  std::vector<std::size_t> dropped;  // indices of words that found no free place
  std::string error;
};

// Largest first, each word walks an Archimedean spiral (stretched to the canvas's aspect)
// from the centre until its padded box overlaps no placed box and lies inside the canvas.
// A pure function: the same input gives the same layout, so it is stable between frames;
// still, compute it when the words or the canvas change, not every frame (a full canvas costs
// a walk over the whole spiral for each word that does not fit).
CloudLayout layout_cloud(std::span<const CloudWord> words, const CloudOptions& options, const MeasureText& measure);

}  // namespace wortblick::stats
