// Result rows build their snippets when they show: the same snippets a full search gives each hit.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/actions.h"
#include "app/model.h"
#include "app/reader_navigation.h"
#include "core/search/search.h"
#include "core/workspace.h"

namespace {

using namespace wortblick;

// The reference: search::search over an independent workspace of the same seeds, two snippets a hit.
search::SearchResult reference(Workspace& w, const std::string& query, bool stem) {
  const search::SearchHooks no_hooks;
  search::SearchOptions options;
  options.limit = w.corpus.articles.size();
  options.stem = stem;
  options.snippets = 2;
  return search::search({w.search.index, w.corpus, w.pipeline.stopwords(), no_hooks}, query, options);
}

void expect_same_snippets(app::Model& model, Workspace& w, const std::string& query, bool stem) {
  SCOPED_TRACE(query + (stem ? " (stem)" : " (exact)"));
  const auto expected = reference(w, query, stem);
  const auto& hits = model.search.result.hits;
  ASSERT_GT(hits.size(), 0u);
  ASSERT_EQ(hits.size(), expected.hits.size());
  EXPECT_EQ(model.search.result.total, expected.total);
  std::size_t with_snippets = 0;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    SCOPED_TRACE("hit " + std::to_string(i) + " " + w.corpus.articles[hits[i].article].id);
    ASSERT_EQ(hits[i].article, expected.hits[i].article);
    EXPECT_TRUE(hits[i].snippets.empty());  // the list's search builds none
    const auto& got = app::visible_snippets(model, i);
    const auto& want = expected.hits[i].snippets;
    ASSERT_EQ(got.size(), want.size());
    with_snippets += got.empty() ? 0 : 1;
    for (std::size_t k = 0; k < got.size(); ++k) {
      EXPECT_EQ(got[k].text, want[k].text) << k;
      ASSERT_EQ(got[k].marks.size(), want[k].marks.size()) << k;
      for (std::size_t j = 0; j < got[k].marks.size(); ++j) {
        EXPECT_EQ(got[k].marks[j].begin, want[k].marks[j].begin) << k << "/" << j;
        EXPECT_EQ(got[k].marks[j].end, want[k].marks[j].end) << k << "/" << j;
      }
      EXPECT_EQ(got[k].field, want[k].field) << k;
      EXPECT_EQ(got[k].offset, want[k].offset) << k;
      EXPECT_EQ(got[k].cut_before, want[k].cut_before) << k;
      EXPECT_EQ(got[k].cut_after, want[k].cut_after) << k;
    }
    // Asked again, the row gets the same snippets (built once, then kept).
    EXPECT_EQ(&app::visible_snippets(model, i), &got);
  }
  EXPECT_GT(with_snippets, 0u);
}

TEST(SearchSnippets, EveryRowGetsTheSnippetsOfAFullSearch) {
  auto model = app::make_model(Session());
  auto w = make_embedded_workspace();
  for (const std::string query : {"Whatsapp", "Whatsapp Nutzer", "\"Ende-zu-Ende-Verschlüsselung\" OR massgeblich~",
                                  "Amazon -Prime", "Daten*", "title:whatsapp", "Whatsap"}) {
    app::apply(model, app::SetQuery{query});
    expect_same_snippets(model, w, query, true);
  }
  app::apply(model, app::SetStemming{false});
  app::apply(model, app::SetQuery{"Nachrichten"});
  expect_same_snippets(model, w, "Nachrichten", false);
}

}  // namespace
