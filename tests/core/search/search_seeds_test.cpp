// Search on the real embedded seeds: German spelling variants, stems, phrases, typos, speed.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "core/text/fold.h"
#include "search_fixture.h"

namespace {

using namespace wortblick;
using namespace wortblick::search;
using namespace wortblick::search::testing;

Workspace& seeds() {
  static Workspace w = make_embedded_workspace();  // test-only cache; core has no globals
  return w;
}

// Independent ground truth: articles whose body tokens (via the text pipeline) include `key`.
std::vector<std::string> containing(Workspace& w, std::string_view word) {
  const std::string key = text::search_key(word);
  std::vector<std::string> out;
  for (const auto& a : w.corpus.articles) {
    bool found = false;
    for (const auto& b : a.blocks) {
      if (b.kind != BlockKind::Body && b.kind != BlockKind::Comment) continue;
      for (const auto& t : w.pipeline.tokenize(w.corpus.text(a, b))) found = found || t.key == key;
    }
    for (const auto& t : w.pipeline.tokenize(a.title)) found = found || t.key == key;
    if (found) out.push_back(a.id);
  }
  return out;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

TEST(SearchSeeds, IndexCoversEveryArticle) {
  auto& w = seeds();
  EXPECT_EQ(w.search.index.live_docs(), w.corpus.articles.size());
  EXPECT_GT(w.search.index.vocabulary().size(), 1000u);
}

TEST(SearchSeeds, SpellingVariantsFindExactlyTheArticlesHoldingTheWord) {
  auto& w = seeds();
  SearchOptions exact;
  exact.stem = false;
  exact.limit = 1000;
  for (const char* word : {"Marktfuehrer", "Marktführer", "massgeblich", "maßgeblich", "Whatsapp", "grossen"}) {
    const auto truth = containing(w, word);
    const auto r = run(w, word, exact);
    EXPECT_EQ(sorted(ids(w, r)), sorted(truth)) << word;
  }
  EXPECT_FALSE(containing(w, "Marktführer").empty());
  // "über" is a stop word: ignored bare, searched in quotes.
  EXPECT_EQ(run(w, "ueber", exact).total, 0u);
  EXPECT_EQ(sorted(ids(w, run(w, "\"ueber\"", exact))), sorted(containing(w, "über")));
  EXPECT_FALSE(containing(w, "maßgeblich").empty());
}

TEST(SearchSeeds, MarktfuehrerFindsTheMessengerArticle) {
  auto& w = seeds();
  const auto r = run(w, "Marktfuehrer");
  ASSERT_GT(r.total, 0u);
  const auto& a = w.corpus.articles[r.hits[0].article];
  const std::string text = text::search_key(w.corpus.text(a));
  EXPECT_NE(text.find("whatsapp"), std::string::npos);
  ASSERT_FALSE(r.hits[0].snippets.empty());
  EXPECT_NE(format_snippet(r.hits[0].snippets[0]).find("[Marktführer]"), std::string::npos);
}

TEST(SearchSeeds, NachrichtenWithStemsFindsNachricht) {
  auto& w = seeds();
  SearchOptions o;
  o.limit = 1000;
  const auto with = ids(w, run(w, "Nachrichten", o));
  const auto singular = containing(w, "Nachricht");
  ASSERT_FALSE(singular.empty());
  for (const auto& id : singular) EXPECT_NE(std::find(with.begin(), with.end(), id), with.end()) << id;
  o.stem = false;
  EXPECT_EQ(sorted(ids(w, run(w, "Nachrichten", o))), sorted(containing(w, "Nachrichten")));
}

TEST(SearchSeeds, CompoundPhraseIsFound) {
  auto& w = seeds();
  const auto r = run(w, "\"Ende-zu-Ende-Verschlüsselung\"");
  EXPECT_GT(r.total, 0u);
  ASSERT_FALSE(r.hits.empty());
  ASSERT_FALSE(r.hits[0].snippets.empty());
  EXPECT_NE(format_snippet(r.hits[0].snippets[0]).find("Ende-zu-Ende-Verschlüsselung]"), std::string::npos)
      << format_snippet(r.hits[0].snippets[0]);
}

TEST(SearchSeeds, TypoGivesDidYouMean) {
  auto& w = seeds();
  for (const char* q : {"whatsap~", "Whatsap"}) {
    const auto r = run(w, q);
    EXPECT_GT(r.total, 0u) << q;
    if (std::string(q).back() != '~') EXPECT_TRUE(has_note(r, wortblick::Msg::QueryDidYouMean)) << q << ": " << notes(r);
  }
  EXPECT_EQ(run(w, "whatsapp").total, run(w, "Whatsap").total);
}

TEST(SearchSeeds, EveryKeystrokeFitsInAFrame) {
  auto& w = seeds();
  const std::string typed = "Ende-zu-Ende-Verschlüsselung Whatsap";
  double worst = 0;
  for (std::size_t n = 1; n <= typed.size(); ++n) {
    const auto t0 = std::chrono::steady_clock::now();
    (void)run(w, typed.substr(0, n));
    worst = std::max(worst, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  EXPECT_LT(worst, 16.0);  // generous for sanitizer builds; native release is well under 2 ms
}

TEST(SearchSeeds, HostileQueriesReturnPromptly) {
  auto& w = seeds();
  std::string big(100000, 'a');
  std::string mixed;
  while (mixed.size() < 100000) mixed += "\"(-* ~ OR tag: \xff\xc3 title:\x01 ";
  std::string nested(50000, '(');
  nested += std::string(50000, '"');
  for (const std::string& q : {big, mixed, nested, std::string("\"\"\""), std::string("-"), std::string("*"),
                               std::string("a*"), std::string("e~")}) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = run(w, q);
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(ms, 200.0) << q.substr(0, 20);
    EXPECT_TRUE(r.error.empty());
  }
}

}  // namespace
