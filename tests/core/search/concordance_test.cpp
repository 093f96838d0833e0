// Concordance lines: context width in code points, UTF-8 safety, alignment offsets, sorting.
#include "core/search/concordance.h"

#include <gtest/gtest.h>

#include "core/text/fold.h"
#include "core/text/utf8.h"
#include "search_fixture.h"

namespace {

using namespace wortblick;
using namespace wortblick::search;
using namespace wortblick::search::testing;

std::vector<ConcordanceLine> kwic(Workspace& w, std::string_view q, ConcordanceOptions o = {}) {
  return concordance({w.search.index, w.corpus, w.pipeline.stopwords(), w.search.hooks}, q, o);
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto d = text::decode_utf8(s, i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += text::decode_utf8(s, i).length) ++n;
  return n;
}

TEST(Concordance, EveryOccurrenceInCorpusOrderWithOffsets) {
  auto w = fixture({{"T", "größere Übel: Signal hilft.\nÄrger über Signal"}, {"U", "kein Treffer"}, {"V", "signal"}});
  const auto lines = kwic(w, "signal");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].id, "doc0:1");
  EXPECT_EQ(lines[2].id, "doc2:1");
  for (const auto& l : lines) {
    const auto& a = *w.corpus.find_article(l.id);
    EXPECT_EQ(w.corpus.text(a).substr(l.start, l.match.size()), l.match);
    EXPECT_EQ(text::search_key(l.match), "signal");
  }
  EXPECT_EQ(lines[0].left, "größere Übel: ");
  EXPECT_EQ(lines[0].right, " hilft.");
  EXPECT_EQ(lines[1].left, "Ärger über ");  // context stays within its paragraph
}

TEST(Concordance, WidthCountsCodePointsAndNeverSplitsUtf8) {
  auto w = fixture({{"T", "äöüßäöüßäöüß Signal ßüöäßüöäßüöä"}});
  for (std::size_t width : {1u, 2u, 3u, 5u, 7u}) {
    ConcordanceOptions o;
    o.width = width;
    const auto lines = kwic(w, "signal", o);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_TRUE(valid_utf8(lines[0].left));
    EXPECT_TRUE(valid_utf8(lines[0].right));
    EXPECT_EQ(code_points(lines[0].left), width);
    EXPECT_EQ(code_points(lines[0].right), width);
  }
}

TEST(Concordance, PhrasesAndLimit) {
  auto w = fixture({{"T", "die neue Regel, die neue Welt, die alte Regel"}});
  auto lines = kwic(w, "\"die neue\"");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].match, "die neue");
  ConcordanceOptions o;
  o.limit = 1;
  EXPECT_EQ(kwic(w, "regel", o).size(), 1u);
}

TEST(Concordance, SortsByLeftAndRightContextWords) {
  auto w = fixture({{"T", "zebra Wort beta\nalpha Wort gamma\nmitte Wort alpha"}});
  auto lines = kwic(w, "wort");
  ASSERT_EQ(lines.size(), 3u);
  sort_concordance(lines, ConcordanceSort::Left);
  EXPECT_EQ(lines[0].left, "alpha ");
  EXPECT_EQ(lines[2].left, "zebra ");
  sort_concordance(lines, ConcordanceSort::Right);
  EXPECT_EQ(lines[0].right, " alpha");
  EXPECT_EQ(lines[2].right, " gamma");
  sort_concordance(lines, ConcordanceSort::Corpus);
  EXPECT_EQ(lines[0].left, "zebra ");
}

TEST(Concordance, SeedsConcordanceMatchesSearchCount) {
  auto w = make_embedded_workspace();
  ConcordanceOptions o;
  o.stem = false;
  const auto lines = kwic(w, "WhatsApp", o);
  SearchOptions so;
  so.stem = false;
  so.limit = 1000;
  const auto r = run(w, "WhatsApp", so);
  std::size_t body = 0;
  for (const auto& h : r.hits) {
    const auto m = article_matches({w.search.index, w.corpus, w.pipeline.stopwords(), w.search.hooks}, h.article,
                                   "WhatsApp", so);
    body += m.body.size();
  }
  EXPECT_GT(lines.size(), 0u);
  EXPECT_EQ(lines.size(), body);
}

}  // namespace
