// Binary search in the generated Unicode tables: flat arrays of fixed-width records, sorted by key.
#pragma once

#include <array>
#include <cstddef>

namespace wortblick::text {

// The record of `stride` values whose first K values equal `key`, or nullptr.
template <std::size_t N, std::size_t K>
const char32_t* find_record(const char32_t (&table)[N], std::size_t stride, const std::array<char32_t, K>& key) {
  std::size_t lo = 0;
  std::size_t hi = N / stride;
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    const char32_t* r = &table[mid * stride];
    std::size_t k = 0;
    while (k < K && r[k] == key[k]) ++k;
    if (k == K) return r;
    if (r[k] < key[k]) lo = mid + 1;
    else hi = mid;
  }
  return nullptr;
}

}  // namespace wortblick::text
