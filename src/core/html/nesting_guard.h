// Bounding how deep a page's elements nest before the HTML5 parser sees it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace wortblick::html {

// Chromium's HTML parser stops nesting at this depth too (kMaximumHTMLParserDOMTreeDepth).
inline constexpr std::size_t max_nesting = 512;

struct Flattened {
  std::string html;         // the page with start tags beyond `max_nesting` removed
  std::size_t removed = 0;  // how many; 0 means `html` is empty and the page is used as is
};

// gumbo checks the stack of open elements for most start tags, so a page of 100,000 unclosed
// <div>s parses in quadratic time (minutes). Start tags that would open an element deeper than
// `max_depth` (counting open minus close tags, without void elements or those whose end tag may
// be left out, like <p> and <li>) are dropped: all text stays, only the excess structure goes.
Flattened flatten_deep_nesting(std::string_view html, std::size_t max_depth = max_nesting);

}  // namespace wortblick::html
