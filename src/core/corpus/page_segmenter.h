// Splitting one scraped page into its articles: title, body, reader comments and chrome.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/block_classifier.h"
#include "core/corpus/corpus.h"
#include "core/corpus/page_blocks.h"
#include "core/text/text_pipeline.h"

namespace wortblick::html {
struct HtmlPage;
}

namespace wortblick {

struct PageArticle {
  std::string title;
  ByteRange range;
  std::vector<Block> blocks;
  std::size_t words = 0;
  std::string date;  // where the page marks it up (HTML input); empty otherwise
};

// Articles start where a headline is followed by a byline ("Veröffentlicht … auf … Durch");
// a page without such headlines is one article whose title is its first headline-like line
// before the text (kicker section names stripped) or else its lead's first clause. Blocks are
// classified by block_classifier.h, then page structure refines them: everything before the
// title is chrome, repeated titles and breadcrumbs are chrome, a comment header after the body
// opens the reader comments (up to the comment form), an "about the author" box is chrome, and
// short texts each followed by a bare date line are teasers of other articles. The articles
// tile the text: each runs to where the next begins. Empty or blank text: no articles.
std::vector<PageArticle> segment_page(std::string_view text, text::TextPipeline& pipeline);

// Blocks [first, last) as one article with the given classification and headline block: the page
// structure rules above (chrome before the title, duplicate titles, breadcrumbs, author boxes,
// comments, teasers) applied to blocks whose classes a caller decided, e.g. from HTML markup.
PageArticle build_page_article(std::string_view text, const std::vector<PageBlock>& blocks,
                               const std::vector<Classified>& cls, std::size_t first, std::size_t last,
                               std::optional<std::size_t> title, text::TextPipeline& pipeline);

// A page read from HTML as one article: what the markup makes clear (navigation, header, footer,
// sidebars, forms, cookie and share boxes, the main <article>, reader comments, the <h1>) decides,
// the text rules decide the rest. Empty when the page has no visible text.
std::vector<PageArticle> segment_html_page(const html::HtmlPage& page, text::TextPipeline& pipeline);

}  // namespace wortblick
