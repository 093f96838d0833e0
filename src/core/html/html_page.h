// A web page read with an HTML5 parser: its visible text as lines, with what the markup says of each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wortblick::html {

// Where the markup puts a block: in the page's content, in page chrome (navigation, header,
// footer, sidebars, forms, cookie banners, share bars, related links), or in reader comments.
enum class Zone : std::uint8_t { Content, Chrome, Comments };

struct HtmlBlock {
  std::size_t begin = 0, end = 0;  // the block's line in HtmlPage::text
  Zone zone = Zone::Content;
  std::string_view why;            // for Chrome: the element or class cue ("nav", "cookie", …)
  std::uint8_t heading = 0;        // 1-6 inside h1-h6
  bool in_article = false;         // inside the page's main <article>/<main>/articleBody
  std::size_t chars = 0;           // code points of the line
  std::size_t link_chars = 0;      // of those, inside <a href>
};

struct HtmlPage {
  std::string text;                // visible text: one line per block, a blank line between blocks
  std::vector<HtmlBlock> blocks;   // in text order
  std::string title;               // the <title>, whitespace collapsed
  int headline = -1;               // index of the block of the first content <h1>, or -1
  std::string date;                // published date where marked up (<time datetime>, meta)
  std::size_t flattened = 0;       // start tags dropped beyond the nesting limit (nesting_guard.h)
};

// Reads UTF-8 HTML (html_charset.h decodes files) with gumbo. Scripts, styles, templates, SVG,
// form controls and hidden elements (hidden, aria-hidden, display:none, screen-reader-only
// classes) never reach the text. Block elements and <br> end a line. Zones come from element
// types, ARIA roles and class/id words, applied only to elements that hold a minor part of the
// page's text (a wrapper named "has-sidebar" around everything is no sidebar). Any nesting
// depth is handled without recursion.
HtmlPage read_page(std::string_view utf8_html);

// "Flixtrain: Neue Strecken | SZ.de" → "Flixtrain: Neue Strecken": a <title> without the
// site name that pages append or prepend after a separator.
std::string title_without_site(std::string_view title);

}  // namespace wortblick::html
