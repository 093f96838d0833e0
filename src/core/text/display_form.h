// Choosing how a group of spellings of one key is shown (charts show "Whatsapp", not a key).
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace wortblick::text {

// One spelling as written in the texts, how often it occurs and when it was first seen
// (any monotonic counter, e.g. the token's global index).
struct SurfaceCount {
  std::string_view surface;
  std::size_t count = 0;
  std::size_t first_seen = 0;
};

// The display form of a group: the most frequent spelling wins; on a tie a capitalised
// spelling (first letter upper case, as German nouns and names are written) beats one that is
// not; a remaining tie goes to the spelling seen first. Empty group: empty view.
std::string_view display_form(std::span<const SurfaceCount> group);

}  // namespace wortblick::text
