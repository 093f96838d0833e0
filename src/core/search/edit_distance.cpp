// Banded dynamic programming for the typo distance; bails out once a row exceeds the bound.
#include "core/search/edit_distance.h"

#include <algorithm>
#include <array>

#include "core/text/utf8.h"

namespace wortblick::search {

std::size_t to_code_points(std::string_view s, std::span<char32_t> out) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (n == out.size()) return out.size() + 1;
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out[n++] = b;
      ++i;
      continue;
    }
    const auto d = text::decode_utf8(s, i);
    out[n++] = d.valid ? d.cp : 0xFFFD;
    i += d.length;
  }
  return n;
}

int bounded_distance(std::span<const char32_t> a, std::span<const char32_t> b, int max) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  if (std::abs(n - m) > max) return max + 1;
  constexpr int cap = 66;
  if (m + 1 > cap) return max + 1;
  const int inf = max + 1;
  // Three rows: OSA transpositions look two rows back.
  std::array<int, cap> prev2{}, prev{}, cur{};
  for (int j = 0; j <= m; ++j) prev[j] = std::min(j, inf);
  for (int i = 1; i <= n; ++i) {
    const int lo = std::max(1, i - max);
    const int hi = std::min(m, i + max);
    cur[0] = std::min(i, inf);
    if (lo > 1) cur[lo - 1] = inf;
    int row_min = cur[0];
    for (int j = lo; j <= hi; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
      cur[j] = std::min(v, inf);
      row_min = std::min(row_min, cur[j]);
    }
    if (hi < m) cur[hi + 1] = inf;
    if (row_min > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return std::min(prev[m], inf);
}

}  // namespace wortblick::search
