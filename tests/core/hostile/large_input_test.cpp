// Hostile sizes: a 20 MB single-line text (the limit; one byte more is refused) and one word a million times.
#include <string>
#include <vector>

#include "core/search/concordance.h"
#include "core/search/search.h"
#include "core/search/user_texts.h"
#include "../search/search_fixture.h"
#include "hostile.h"

namespace {

using namespace wortblick;
using namespace wortblick::search;

SearchScope scope_of(Workspace& w) { return {w.search.index, w.corpus, w.pipeline.stopwords(), w.search.hooks}; }

// One line of exactly `size` bytes: a lead, filler words, and a last word right at the end.
std::string single_line(std::size_t size) {
  const std::string head = "Anfangswort einer sehr langen Zeile ohne einen einzigen Umbruch ";
  const std::string tail = " Schlusswort";
  const std::string filler = "Wortblick liest auch riesige Dateien ohne Zeilenumbruch. ";
  std::string s = head;
  s.reserve(size);
  while (s.size() + filler.size() + tail.size() <= size) s += filler;
  s.append(size - s.size() - tail.size(), 'x');  // glued to the last filler word
  s += tail;
  return s;
}

TEST(HostileSize, TwentyMegabyteSingleLineIsAcceptedWhole) {
  auto w = make_embedded_workspace();
  const std::vector<NewText> texts{{"eine-zeile.txt", single_line(max_text_bytes)}};
  ASSERT_EQ(texts[0].bytes.size(), 20u * 1024 * 1024);
  ASSERT_EQ(texts[0].bytes.find('\n'), std::string::npos);
  const hostile::Stopwatch clock;
  const auto r = add_texts(w, texts);
  ASSERT_FALSE(r.error) << testing_support::english_of(r.error);
  EXPECT_TRUE(r.warnings.empty());
  ASSERT_FALSE(r.articles.empty());
  const Source& s = w.corpus.sources.back();
  EXPECT_EQ(s.bytes().size(), max_text_bytes);  // nothing cut off
  EXPECT_EQ(s.bytes(), texts[0].bytes);
  // Both ends of the line are indexed: the last word is 20 MB in.
  const auto first = wortblick::search::search(scope_of(w), "Anfangswort");
  const auto last = wortblick::search::search(scope_of(w), "Schlusswort");
  EXPECT_EQ(first.total, 1u);
  EXPECT_EQ(last.total, 1u);
  EXPECT_LT(clock.seconds(), 120.0);  // a few seconds natively; sanitizers are slower
}

TEST(HostileSize, OneByteOverTwentyMegabytesIsRefusedWithAMessage) {
  auto w = make_embedded_workspace();
  const std::size_t sources = w.corpus.sources.size(), articles = w.corpus.articles.size();
  const std::string ok_text = "Kleiner Text mit einigen Wörtern, der allein angenommen würde.\n";
  const std::vector<NewText> texts{{"klein.txt", ok_text}, {"zu-gross.txt", std::string(max_text_bytes + 1, 'a')}};
  const auto r = add_texts(w, texts);
  EXPECT_EQ(r.error, (Message{Msg::TextTooLarge, {"2", "zu-gross.txt"}}));
  EXPECT_EQ(testing_support::english_of(r.error), "Text 2 (“zu-gross.txt”) is larger than 20 MB: nothing added");
  EXPECT_TRUE(r.ids.empty());
  // All or nothing: the small text before it was not added either.
  EXPECT_EQ(w.corpus.sources.size(), sources);
  EXPECT_EQ(w.corpus.articles.size(), articles);
  EXPECT_EQ(w.search.index.live_docs(), articles);
}

TEST(HostileSize, AMillionCopiesOfOneWord) {
  constexpr std::size_t copies = 1'000'000;
  std::string text;
  text.reserve(copies * 7);
  for (std::size_t k = 0; k < copies; ++k) text += "Quokka ";

  // Tokenizing: one token per copy, consecutive positions, one shared key.
  text::TextPipeline p;
  const auto tokens = p.tokenize(text);
  ASSERT_EQ(tokens.size(), copies);
  EXPECT_EQ(tokens.back().position, copies - 1);
  EXPECT_EQ(tokens.back().start, (copies - 1) * 7);
  EXPECT_EQ(tokens.front().key.data(), tokens.back().key.data());  // cached once, not a million times
  EXPECT_EQ(p.cached_terms(), 1u);

  // Through add_texts: accepted and kept whole, one article. Whether a paragraph without a
  // single stop word counts as body text is the segmenter's call (jusText's rule says chrome).
  {
    auto w = make_embedded_workspace();
    const std::vector<NewText> texts{{"quokka.txt", text}};
    const hostile::Stopwatch clock;
    const auto r = add_texts(w, texts);
    ASSERT_FALSE(r.error) << testing_support::english_of(r.error);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(w.corpus.sources.back().bytes(), text);
    const Article* a = w.corpus.find_article(r.articles[0]);
    ASSERT_EQ(a->blocks.size(), 1u);
    EXPECT_EQ(a->blocks[0].range.end - a->blocks[0].range.begin, text.size() - 1);  // one paragraph, no trailing space
    EXPECT_LT(clock.seconds(), 120.0);
  }

  // Indexed as body text (hand-built, as search tests do): every occurrence is found.
  const hostile::Stopwatch clock;
  auto w = search::testing::fixture({{"Ein Titel", text}, {"Anderer Titel", "Kein Beuteltier hier"}});
  const double indexed = clock.seconds();
  const hostile::Stopwatch search_clock;
  const auto hits = wortblick::search::search(scope_of(w), "Quokka");
  ASSERT_EQ(hits.total, 1u);
  EXPECT_EQ(wortblick::search::testing::id_of(w, hits.hits[0]), "doc0:1");
  EXPECT_EQ(hits.hits[0].count, copies);
  EXPECT_LE(hits.hits[0].snippets.size(), 3u);
  // A phrase over a million identical positions, a prefix and a typo: still exactly that article.
  EXPECT_EQ(wortblick::search::search(scope_of(w), "\"Quokka Quokka Quokka\"").total, 1u);
  EXPECT_EQ(wortblick::search::search(scope_of(w), "Quok*").total, 1u);
  EXPECT_EQ(wortblick::search::search(scope_of(w), "Qokka~").total, 1u);
  EXPECT_EQ(wortblick::search::search(scope_of(w), "Quokka -Quokka").total, 0u);
  ConcordanceOptions co;
  co.limit = 5;
  const auto lines = concordance(scope_of(w), "Quokka", co);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[4].match, "Quokka");
  const double searched = search_clock.seconds();
  EXPECT_LT(indexed, 120.0);
  EXPECT_LT(searched, 60.0);
}

}  // namespace
