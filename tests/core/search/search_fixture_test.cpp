// Search semantics on small hand-made corpora: ranking, folding, stems, compounds, operators.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/text/fold.h"
#include "search_fixture.h"

namespace {

using namespace wortblick::search;
using namespace wortblick::search::testing;
using wortblick::Msg;
using wortblick::Workspace;

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

Workspace messengers() {
  return fixture({
      {"Signal wächst", "Der Messenger Signal gewinnt Nutzer.\nViele suchen eine Whatsapp-Alternative."},    // 0
      {"Wetter", "Morgen wird es sonnig und warm.\nDie Nachricht kam spät."},                                  // 1
      {"WhatsApp ist Marktführer", "WhatsApp bleibt der größte Messenger mit Ende-zu-Ende-Verschlüsselung."},  // 2
      {"Threema", "Threema kostet Geld. Die Nachrichten sind verschlüsselt."},                                 // 3
      {"Telegram", "Telegram hat Kanäle. Ende zu Ende Verschlüsselung gibt es nur optional."},                 // 4
  });
}

TEST(SearchFixture, TitleMatchesOutrankBodyMatches) {
  auto w = fixture({{"Bericht", "Signal Signal wird genannt, daneben anderes."}, {"Signal", "Ein Text über anderes."}});
  const auto r = run(w, "signal");
  ASSERT_EQ(r.total, 2u);
  EXPECT_EQ(id_of(w, r.hits[0]), "doc1:1");
  EXPECT_GT(r.hits[0].score, r.hits[1].score);
}

TEST(SearchFixture, Bm25PrefersHigherTermFrequencyAndRarerTerms) {
  auto w = fixture({{"a", "apfel birne kiwi mango"}, {"b", "apfel apfel apfel birne"}, {"c", "birne kiwi"}, {"d", "birne"}});
  auto r = run(w, "apfel");
  ASSERT_EQ(r.total, 2u);
  EXPECT_EQ(id_of(w, r.hits[0]), "doc1:1");
  EXPECT_EQ(r.hits[0].count, 3u);
  // apfel (2 docs) is rarer than birne (4 docs): a doc with apfel once beats one with birne once.
  r = run(w, "apfel OR birne");
  ASSERT_EQ(r.total, 4u);
  EXPECT_TRUE(id_of(w, r.hits.back()) == "doc2:1" || id_of(w, r.hits.back()) == "doc3:1");
}

TEST(SearchFixture, UmlautSharpSAndCaseFold) {
  auto w = messengers();
  EXPECT_EQ(ids(w, run(w, "marktfuehrer")), std::vector<std::string>{"doc2:1"});
  EXPECT_EQ(ids(w, run(w, "GROESSTE")), std::vector<std::string>{"doc2:1"});
  // A folded umlaut is "ae", not "a": "wachst" is no exact hit, only a typo correction.
  // (With stems on, Snowball's stems drop umlauts, so the stem group would find it.)
  SearchOptions exact;
  exact.stem = false;
  const auto typo = run(w, "wachst", exact);
  EXPECT_TRUE(has_note(typo, Msg::QueryDidYouMean, {{"wachst", "wächst"}})) << notes(typo);
  EXPECT_EQ(ids(w, run(w, "waechst")), std::vector<std::string>{"doc0:1"});
}

TEST(SearchFixture, StemsMatchOtherFormsUnlessTurnedOff) {
  auto w = messengers();
  auto r = run(w, "Nachrichten");
  EXPECT_TRUE(has(ids(w, r), "doc1:1"));
  EXPECT_TRUE(has(ids(w, r), "doc3:1"));
  SearchOptions exact;
  exact.stem = false;
  r = run(w, "Nachrichten", exact);
  EXPECT_EQ(ids(w, r), std::vector<std::string>{"doc3:1"});
}

TEST(SearchFixture, CompoundPartsAreFound) {
  auto w = messengers();
  EXPECT_EQ(ids(w, run(w, "alternative")), std::vector<std::string>{"doc0:1"});
  EXPECT_EQ(ids(w, run(w, "Whatsapp-Alternative")), std::vector<std::string>{"doc0:1"});
}

TEST(SearchFixture, PhrasesNeedAdjacentWordsAndMatchCompoundParts) {
  auto w = messengers();
  const auto r = run(w, "\"Ende-zu-Ende-Verschlüsselung\"");
  EXPECT_EQ(r.total, 2u);  // the compound and the spelled-out form
  EXPECT_EQ(run(w, "\"Verschlüsselung Ende\"").total, 0u);
  EXPECT_EQ(ids(w, run(w, "\"kostet Geld\"")), std::vector<std::string>{"doc3:1"});
  EXPECT_EQ(run(w, "\"Geld kostet\"").total, 0u);
}

TEST(SearchFixture, ExclusionPrefixTitleOnly) {
  auto w = messengers();
  auto r = run(w, "messenger -größte");
  EXPECT_EQ(ids(w, r), std::vector<std::string>{"doc0:1"});
  r = run(w, "thre*");
  EXPECT_EQ(ids(w, r), std::vector<std::string>{"doc3:1"});
  r = run(w, "title:whatsapp");
  EXPECT_EQ(ids(w, r), std::vector<std::string>{"doc2:1"});
  r = run(w, "title:messenger");
  EXPECT_EQ(r.total, 0u);
}

TEST(SearchFixture, OrUnitesAndAndIntersects) {
  auto w = messengers();
  EXPECT_EQ(run(w, "threema OR telegram").total, 2u);
  EXPECT_EQ(run(w, "threema telegram").total, 0u);
}

TEST(SearchFixture, ExplicitTypoAndAutomaticCorrection) {
  auto w = messengers();
  auto r = run(w, "telegarm~");
  EXPECT_EQ(ids(w, r), std::vector<std::string>{"doc4:1"});
  r = run(w, "Telegarm");
  EXPECT_EQ(ids(w, r), std::vector<std::string>{"doc4:1"});
  EXPECT_TRUE(has_note(r, Msg::QueryDidYouMean, {{"Telegarm", "Telegram"}})) << notes(r);
  r = run(w, "qqqqqqq");
  EXPECT_EQ(r.total, 0u);
}

TEST(SearchFixture, TagAndCategoryThroughHooks) {
  auto w = messengers();
  EXPECT_TRUE(has_note(run(w, "tag:x"), Msg::QueryNoTagLookup, {{"x"}})) << notes(run(w, "tag:x"));
  w.search.hooks.tagged_articles = [](std::string_view name) -> std::optional<std::vector<std::string>> {
    if (name == "apps") return std::vector<std::string>{"doc0:1", "doc3:1", "unknown:9"};
    return std::nullopt;
  };
  w.search.hooks.category_words = [](std::string_view name) -> std::optional<CategoryWords> {
    if (name == "wetter") return CategoryWords{{"sonnig", "Regen"}, false};
    return std::nullopt;
  };
  EXPECT_EQ(ids(w, run(w, "tag:apps")), (std::vector<std::string>{"doc0:1", "doc3:1"}));
  EXPECT_EQ(ids(w, run(w, "signal tag:apps")), std::vector<std::string>{"doc0:1"});
  EXPECT_EQ(run(w, "messenger -tag:apps").total, 1u);
  EXPECT_EQ(ids(w, run(w, "cat:wetter")), std::vector<std::string>{"doc1:1"});
  const auto r = run(w, "tag:nope");
  EXPECT_EQ(r.total, 0u);
  EXPECT_TRUE(has_note(r, Msg::QueryUnknownTag, {{"nope"}})) << notes(r);
}

TEST(SearchFixture, SnippetsMarkTheMatch) {
  auto w = messengers();
  const auto r = run(w, "verschlüsselt");
  ASSERT_EQ(r.total, 1u);
  ASSERT_FALSE(r.hits[0].snippets.empty());
  const auto& s = r.hits[0].snippets[0];
  ASSERT_EQ(s.marks.size(), 1u);
  EXPECT_EQ(s.text.substr(s.marks[0].begin, s.marks[0].end - s.marks[0].begin), "verschlüsselt");
  EXPECT_NE(format_snippet(s).find("[verschlüsselt]"), std::string::npos);
  // offset indexes the article text
  const auto text = w.corpus.text(w.corpus.articles[r.hits[0].article]);
  EXPECT_EQ(text.substr(s.offset, s.text.size()), s.text);
}

TEST(SearchFixture, ArticleMatchesCoverEveryOccurrence) {
  auto w = fixture({{"Signal", "signal eins, Signal zwei.\nUnd SIGNAL drei."}});
  const auto m = article_matches({w.search.index, w.corpus, w.pipeline.stopwords(), w.search.hooks}, 0, "signal");
  const auto text = w.corpus.text(w.corpus.articles[0]);
  ASSERT_EQ(m.body.size(), 3u);
  for (const auto& r : m.body) EXPECT_EQ(wortblick::text::search_key(std::string(text.substr(r.begin, r.end - r.begin))), "signal");
  ASSERT_EQ(m.title.size(), 1u);
}

}  // namespace

namespace {

// Rows ask for snippets a screenful at a time: each hit gets what search() gives it, a non-hit
// gets none, in the order asked.
TEST(SearchFixture, SnippetsOfSeveralHitsAtOnceMatchTheSearchs) {
  auto w = messengers();
  SearchOptions o;
  o.limit = 10;
  o.snippets = 2;
  const auto r = run(w, "messenger OR verschlüsselung", o);
  ASSERT_GE(r.total, 3u);  // 0 and 2 (Messenger), 2 and 4 (Verschlüsselung)
  const wortblick::search::SearchHooks no_hooks;
  const std::vector<std::size_t> rows{r.hits[2].article, 1, r.hits[0].article, r.hits[1].article};
  const auto got = hit_snippets({w.search.index, w.corpus, w.pipeline.stopwords(), no_hooks}, rows,
                                "messenger OR verschlüsselung", o);
  ASSERT_EQ(got.size(), rows.size());
  EXPECT_TRUE(got[1].empty());  // article 1 (Wetter) is no hit
  const std::size_t hit_of_row[] = {2, 99, 0, 1};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i == 1) continue;
    const auto& want = r.hits[hit_of_row[i]].snippets;
    ASSERT_FALSE(want.empty()) << i;
    ASSERT_EQ(got[i].size(), want.size()) << i;
    for (std::size_t k = 0; k < want.size(); ++k) EXPECT_EQ(got[i][k].text, want[k].text) << i << "/" << k;
  }
}

}  // namespace
