// Word-wrapped text with colored background ranges: search hits and category words in the reader.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace wortblick::app {

struct Highlight {
  std::size_t begin = 0;  // byte range in the text passed to rich_text
  std::size_t end = 0;
  unsigned int background = 0;  // ImU32
  unsigned int underline = 0;   // ImU32; 0 for none
};

// Draws `text` wrapped at `wrap_width` from the cursor and advances the cursor past it.
// `highlights` must be sorted by begin. Returns the window-relative y of the highlight at
// `focus` (an index into `highlights`) when there is one, so the caller can scroll to it.
std::optional<float> rich_text(std::string_view text, std::span<const Highlight> highlights, float wrap_width,
                               std::optional<std::size_t> focus = std::nullopt);

}  // namespace wortblick::app
