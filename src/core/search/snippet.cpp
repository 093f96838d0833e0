// Building snippet windows: stretch by code points, then pull back to a word boundary.
#include "core/search/snippet.h"

#include <algorithm>

namespace wortblick::search {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::size_t back_code_points(std::string_view text, std::size_t i, std::size_t n, std::size_t lo) {
  while (n > 0 && i > lo) {
    --i;
    while (i > lo && continuation(text[i])) --i;
    --n;
  }
  return i;
}

std::size_t forward_code_points(std::string_view text, std::size_t i, std::size_t n, std::size_t hi) {
  while (n > 0 && i < hi) {
    ++i;
    while (i < hi && continuation(text[i])) ++i;
    --n;
  }
  return i;
}

std::vector<Snippet> make_snippets(std::string_view text, std::span<const Located> located, std::size_t max,
                                   std::size_t context, Field field, std::size_t base, std::size_t* used) {
  std::vector<Snippet> out;
  std::size_t k = 0;
  while (k < located.size() && out.size() < max) {
    const Located& first = located[k];
    std::size_t from = back_code_points(text, first.begin, context, first.block_begin);
    // Whole words: start after a space unless the paragraph starts here.
    if (from > first.block_begin) {
      std::size_t s = from;
      while (s < first.begin && !space(text[s])) ++s;
      if (s < first.begin) from = s + 1;
    }
    std::size_t to = forward_code_points(text, first.end, context, first.block_end);
    // Later matches in the same paragraph and window join this snippet.
    std::size_t j = k + 1;
    while (j < located.size() && located[j].block_begin == first.block_begin && located[j].end <= to) ++j;
    if (to < first.block_end) {
      std::size_t e = to;
      while (e > located[j - 1].end && !space(text[e - 1])) --e;
      if (e > located[j - 1].end) to = e - 1;
    }
    Snippet s;
    s.field = field;
    s.text = std::string(text.substr(from, to - from));
    s.cut_before = from > first.block_begin;
    s.cut_after = to < first.block_end;
    s.offset = from - base;
    for (std::size_t m = k; m < j; ++m) {
      const std::size_t b = std::max(located[m].begin, from);
      const std::size_t e = std::min(located[m].end, to);
      if (b < e && (s.marks.empty() || b >= s.marks.back().end)) s.marks.push_back({b - from, e - from});
    }
    out.push_back(std::move(s));
    k = j;
  }
  if (used) *used = k;
  return out;
}

std::string format_snippet(const Snippet& s) {
  std::string out;
  out.reserve(s.text.size() + 8 + 2 * s.marks.size());
  if (s.cut_before) out += "…";
  std::size_t at = 0;
  for (const auto& m : s.marks) {
    out.append(s.text, at, m.begin - at);
    out += '[';
    out.append(s.text, m.begin, m.end - m.begin);
    out += ']';
    at = m.end;
  }
  out.append(s.text, at, std::string::npos);
  if (s.cut_after) out += "…";
  return out;
}

}  // namespace wortblick::search
