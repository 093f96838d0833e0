// The searchable fields of an article and their word positions, the same for indexing and display.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/corpus/corpus.h"
#include "core/search/postings.h"
#include "core/text/tokenizer.h"

namespace wortblick::search {

// Phrases must not run from one paragraph into the next.
inline constexpr std::uint32_t block_gap = 4;

inline bool is_searchable(BlockKind k) { return k == BlockKind::Body || k == BlockKind::Comment; }

// One token of a field: its span (position already absolute within the field) and the text its
// byte offsets index: the source text for Body, the article's title string for Title.
struct FieldToken {
  text::Span span;
  std::string_view text;  // the token as written
  std::size_t begin = 0;  // byte offsets into the source text (Body) or the title (Title)
  std::size_t end = 0;
  std::size_t block_begin = 0;  // the paragraph holding it, same coordinates
  std::size_t block_end = 0;
  std::size_t block = 0;  // index of that paragraph in Article::blocks (0 without blocks)
};

// A place to resume a Body scan: a searchable block and the position of its first token (as
// the index records them), so a scan for late positions need not tokenize the blocks before.
struct FieldStart {
  std::size_t block = 0;
  std::uint32_t position = 0;
};

// Calls f(const FieldToken&) for every token of the field in order until f returns false.
// Body: the article's Body and Comment blocks (the title and boilerplate are not body text);
// an article without blocks is all body. Re-scanning instead of storing byte offsets keeps
// the index small; scanning one article takes microseconds. `from` (Body of an article with
// blocks only) starts the scan at a recorded block instead of the first; tokens beyond
// position `until` may be left out (the scan stops near it).
template <class F>
void for_each_field_token(const Corpus& c, const Article& a, Field field, std::vector<text::Span>& buf, F&& f,
                          FieldStart from = {}, std::uint32_t until = 0xFFFFFFFFu) {
  const auto run = [&](std::string_view text, std::size_t base_offset, std::uint32_t& base_position,
                       std::size_t block) {
    if (base_position > until) return false;
    buf.clear();
    text::scan_spans(text, buf, until - base_position);
    std::uint32_t next = base_position;
    for (const auto& s : buf) {
      FieldToken t{s, text.substr(s.start, s.end - s.start), base_offset + s.start, base_offset + s.end,
                   base_offset, base_offset + text.size(), block};
      t.span.position += base_position;
      next = std::max(next, t.span.position + t.span.span);
      if (!f(t)) return false;
    }
    base_position = next + block_gap;
    return true;
  };
  std::uint32_t position = 0;
  if (field == Field::Title) {
    run(a.title, 0, position, 0);
    return;
  }
  const std::string_view source = c.sources[a.source].text;
  if (a.blocks.empty()) {
    run(source.substr(a.range.begin, a.range.size()), a.range.begin, position, 0);
    return;
  }
  position = from.position;
  for (std::size_t k = from.block; k < a.blocks.size(); ++k) {
    const Block& b = a.blocks[k];
    if (!is_searchable(b.kind)) continue;
    if (!run(source.substr(b.range.begin, b.range.size()), b.range.begin, position, k)) return;
  }
}

}  // namespace wortblick::search
