// Keyword-in-context snippets: a window of text around matches, cut at code points and words.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/locate.h"

namespace wortblick::search {

struct Mark {
  std::size_t begin = 0;  // byte range in the text it belongs to
  std::size_t end = 0;
};

struct Snippet {
  std::string text;          // a piece of one paragraph, whole words, valid UTF-8
  std::vector<Mark> marks;   // the matches, as byte ranges of `text`
  bool cut_before = false;   // the paragraph goes on before / after the snippet
  bool cut_after = false;
  Field field = Field::Body;
  std::size_t offset = 0;    // where `text` starts: in the article text (Body) or the title
};

// Up to `max` snippets from `located` (sorted, one field) in `text` (the source text for Body,
// the title for Title), each with about `context` code points either side of its first match;
// matches close together share a snippet. `base` is subtracted from offsets (the article's
// start in its source), so Snippet::offset indexes the article text.
// `used` (optional) receives how many of `located` the snippets took (a prefix).
std::vector<Snippet> make_snippets(std::string_view text, std::span<const Located> located, std::size_t max,
                                   std::size_t context, Field field, std::size_t base, std::size_t* used = nullptr);

// The snippet as one line of plain text: "…" where the paragraph was cut, and each match in
// square brackets, e.g. "…die [Verschlüsselung] von WhatsApp…".
std::string format_snippet(const Snippet& s);

// Moves `i` back (forward) by up to `n` code points within [lo, hi), never into a UTF-8 sequence.
std::size_t back_code_points(std::string_view text, std::size_t i, std::size_t n, std::size_t lo);
std::size_t forward_code_points(std::string_view text, std::size_t i, std::size_t n, std::size_t hi);

}  // namespace wortblick::search
