// Bounded Damerau-Levenshtein distance (optimal string alignment) over code points.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace wortblick::search {

// Decodes UTF-8 `s` into `out` (at most out.size() code points; invalid bytes count as one
// each); returns how many were written, or out.size() + 1 when `s` is longer.
std::size_t to_code_points(std::string_view s, std::span<char32_t> out);

// The OSA distance of a and b when it is at most `max`, else max + 1. Work is O(len · max):
// only the diagonal band can stay within the bound.
int bounded_distance(std::span<const char32_t> a, std::span<const char32_t> b, int max);

}  // namespace wortblick::search
