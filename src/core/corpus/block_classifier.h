// jusText-style classification of page blocks into text and boilerplate.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/corpus/page_blocks.h"

namespace wortblick {

enum class BlockClass { Good, Bad };

struct Classified {
  BlockClass cls = BlockClass::Bad;
  std::string_view reason;  // why it is Bad (chrome_cues.h reason::*); empty for Good
  bool cue = false;         // Bad because of a cue phrase (final), not because of its context
};

// The jusText algorithm (Pomikálek 2011) on plain-text lines: cue phrases and link density
// first; then length and stop-word density make a block good, near-good, short or bad; short
// and near-good blocks finally take the class of their neighbours. Thresholds are tuned to
// Snowball's German stop list (shorter than jusText's own, so densities run lower).
std::vector<Classified> classify_blocks(std::string_view text, std::span<const PageBlock> blocks);

}  // namespace wortblick
