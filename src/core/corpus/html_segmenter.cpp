// Segmenting a page read from HTML: markup zones and the main <article> first, jusText for the rest.
#include <algorithm>

#include "core/corpus/chrome_cues.h"
#include "core/corpus/page_segmenter.h"
#include "core/html/html_page.h"

namespace wortblick {
namespace {

// Above this share of characters inside links a block is a list of links, not text.
constexpr double max_html_link_density = 0.5;
// A heading shorter than this is not matched against the <title> (a "News" h2 is in many titles).
constexpr std::size_t min_title_match_bytes = 12;

std::string_view zone_reason(std::string_view why) {
  if (why == "cookie") return reason::cookie;
  if (why == "related") return reason::related;
  if (why == "breadcrumb") return reason::breadcrumb;
  if (why == "form") return reason::comment_form;
  return reason::navigation;
}

}  // namespace

std::vector<PageArticle> segment_html_page(const html::HtmlPage& page, text::TextPipeline& pipeline) {
  const std::string_view text = page.text;
  const auto blocks = split_page(text, pipeline);
  if (blocks.empty()) return {};
  // Both cut the same lines; a block the markup does not know (never expected) keeps text rules.
  std::vector<const html::HtmlBlock*> markup(blocks.size(), nullptr);
  for (std::size_t i = 0, j = 0; i < blocks.size(); ++i) {
    while (j < page.blocks.size() && page.blocks[j].begin < blocks[i].range.begin) ++j;
    if (j < page.blocks.size() && page.blocks[j].begin == blocks[i].range.begin) markup[i] = &page.blocks[j];
  }
  auto cls = classify_blocks(text, blocks);

  const bool has_article = std::any_of(markup.begin(), markup.end(), [](const html::HtmlBlock* m) {
    return m && m->in_article && m->zone == html::Zone::Content;
  });
  const auto in_content = [&](const html::HtmlBlock* m) {
    return m && m->zone == html::Zone::Content && (m->in_article || !has_article);
  };
  // The headline is the heading the <title> repeats (blogs put their own name in <h1> and the
  // post's title in <h2>); else the first <h1>.
  std::optional<std::size_t> title;
  const std::string head_title = html::title_without_site(page.title);
  for (std::size_t i = 0; i < blocks.size() && !head_title.empty(); ++i) {
    const html::HtmlBlock* m = markup[i];
    if (!in_content(m) || m->heading == 0 || m->heading > 3) continue;
    const auto line = block_text(text, blocks[i].range);
    if (line.size() >= min_title_match_bytes &&
        (head_title.find(line) != std::string::npos || line.find(head_title) != std::string_view::npos)) {
      title = i;
      break;
    }
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const html::HtmlBlock* m = markup[i];
    if (!m) continue;
    if (!title && page.headline >= 0 && m == &page.blocks[static_cast<std::size_t>(page.headline)] && in_content(m))
      title = i;
    if (m->zone == html::Zone::Chrome) {
      cls[i] = {BlockClass::Bad, zone_reason(m->why), true};
    } else if (m->zone == html::Zone::Content && has_article && !m->in_article) {
      cls[i] = {BlockClass::Bad, reason::navigation, true};
    } else if (m->chars > 0 && double(m->link_chars) > max_html_link_density * double(m->chars)) {
      cls[i] = {BlockClass::Bad, reason::link, true};
    } else if (m->heading >= 2 && cls[i].reason != reason::cookie && i + 1 < blocks.size() &&
               cls[i + 1].cls == BlockClass::Good) {
      // A subheading leads the paragraph under it, whatever its words ("Die Argumente sind
      // falsch" is no "related" box here); jusText alone drops short headings.
      cls[i] = {BlockClass::Good, {}, false};
    } else if (cls[i].reason == reason::comment_header || cls[i].reason == reason::comment_form) {
      // Where comments are is the markup's call: a line about a "Diskussion" in the article
      // does not turn the rest of the page into comments.
      cls[i] = m->in_article ? Classified{BlockClass::Good, {}, false} : Classified{BlockClass::Bad, reason::short_text, false};
    }
  }
  auto a = build_page_article(text, blocks, cls, 0, blocks.size(), title, pipeline);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    // Comment sections keep their chrome ("Alle Kommentare", "Kommentarfunktion deaktiviert").
    if (markup[i] && markup[i]->zone == html::Zone::Comments && a.blocks[i].kind != BlockKind::Title &&
        !(cls[i].cls == BlockClass::Bad && cls[i].cue))
      a.blocks[i] = {blocks[i].range, BlockKind::Comment, {}};
  }
  if (!title && !head_title.empty()) a.title = head_title;
  a.words = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    if (a.blocks[i].kind != BlockKind::Boilerplate) a.words += blocks[i].words;
  a.range = {0, text.size()};
  a.date = page.date;
  return {std::move(a)};
}

}  // namespace wortblick
