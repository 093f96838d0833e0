// Hostile pages for the segmenter: titles cut from leads without spaces, blank and binary-looking pages.
#include <algorithm>
#include <string>

#include "core/corpus/corpus.h"
#include "core/corpus/page_segmenter.h"
#include "core/search/user_texts.h"
#include "core/text/text_pipeline.h"
#include "hostile.h"

namespace {

using namespace wortblick;

const std::string sentence =
    " steht am Anfang eines Absatzes, der lang genug ist, um als Text eines Artikels zu gelten, und der "
    "noch mehrere Nebensätze hat, damit die Seite nicht als Rahmen gilt.\n";

// Regression (found by fuzzing): a page without a headline takes its title from the lead, cut
// near 90 bytes; without a space to cut at, the cut fell inside a "ü" and the title was invalid UTF-8.
TEST(HostilePage, DerivedTitleIsNeverCutInsideACharacter) {
  text::TextPipeline p;
  std::string lead = "x";
  for (int k = 0; k < 100; ++k) lead += "\xC3\xBC";
  const auto page = segment_page(lead + sentence + "Zweiter Absatz" + sentence, p);
  ASSERT_EQ(page.size(), 1u);
  EXPECT_TRUE(hostile::valid_utf8(page[0].title));
  std::string expected = "x";
  for (int k = 0; k < 44; ++k) expected += "\xC3\xBC";  // 89 bytes: the last whole character before byte 90
  EXPECT_EQ(page[0].title, expected + " …");
}

TEST(HostilePage, BlankAndControlOnlyTextsAddNoArticlesButSaySo) {
  auto w = make_embedded_workspace();
  const std::size_t articles = w.corpus.articles.size();
  const std::vector<search::NewText> texts{{"leer.txt", ""}, {"blank.txt", " \n\t\r\n \f\v\n"}};
  const auto r = search::add_texts(w, texts);
  ASSERT_FALSE(r.error) << testing_support::english_of(r.error);
  EXPECT_EQ(r.ids.size(), 2u);  // kept as sources (nothing the user gave is dropped) ...
  EXPECT_EQ(w.corpus.articles.size(), articles);  // ... but without articles
  for (const char* name : {"leer.txt", "blank.txt"}) {
    EXPECT_NE(std::find(r.warnings.begin(), r.warnings.end(), Message{Msg::TextNoText, {name}}), r.warnings.end()) << name;
  }
  // Control characters only: accepted and kept byte for byte.
  const std::vector<search::NewText> controls{{"steuer.txt", std::string("\0\x01\x02\x1b\x7f\n\0", 7)}};
  const auto c = search::add_texts(w, controls);
  ASSERT_FALSE(c.error) << testing_support::english_of(c.error);
  EXPECT_EQ(w.corpus.sources.back().bytes(), controls[0].bytes);
}

}  // namespace
