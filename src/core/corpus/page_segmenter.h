// Splitting one scraped page into its articles: title, body, reader comments and chrome.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/corpus.h"
#include "core/text/text_pipeline.h"

namespace wortblick {

struct PageArticle {
  std::string title;
  ByteRange range;
  std::vector<Block> blocks;
  std::size_t words = 0;
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

}  // namespace wortblick
