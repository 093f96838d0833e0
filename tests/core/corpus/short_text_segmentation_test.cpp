// A short plain text (what a user pastes) keeps its paragraphs as body, not as page chrome.
#include <gtest/gtest.h>

#include "core/corpus/page_segmenter.h"
#include "core/text/text_pipeline.h"

namespace {

using namespace wortblick;

TEST(ShortTextSegmentation, AThinArticleStillHasABody) {
  text::TextPipeline pipeline;
  const std::string text =
      "Ein eigener Text\n\nDer Zaubertrank der Gallier wirkt auch in der Schule, sagen die Lehrer. "
      "Sie brauen ihn gemeinsam mit den Schülern im Chemieunterricht und schreiben darüber.\n";
  const auto articles = segment_page(text, pipeline);
  ASSERT_EQ(articles.size(), 1u);
  std::size_t body = 0;
  for (const auto& b : articles[0].blocks) body += b.kind == BlockKind::Body ? 1 : 0;
  EXPECT_EQ(body, 1u);
  EXPECT_GT(articles[0].words, 20u);
}

TEST(ShortTextSegmentation, ChromeCuesStayChromeEvenWithoutABody) {
  text::TextPipeline pipeline;
  const auto articles = segment_page("Menü\n\nAnmelden\n\nCookies akzeptieren\n", pipeline);
  for (const auto& a : articles) {
    for (const auto& b : a.blocks) EXPECT_NE(b.kind, BlockKind::Body) << b.reason;
  }
}

}  // namespace
