// Category words and suggested tags for the article in the reader, kept in step with the tags.
#include <string>

#include "app/reader_navigation.h"
#include "core/stats/charts.h"
#include "core/tags/category_matcher.h"
#include "core/text/fold.h"

namespace wortblick::app {

void refresh_reader_marks(Model& m) {
  ReaderMarks& r = m.reader_marks;
  const auto revision = m.workspace.tags.revision();
  if (r.article == m.selected_article && r.tags_revision == revision) return;
  // While added texts arrive, the frame's time goes to them; suggestions follow when all are in.
  if (m.index_pending > 0) return;
  // Suggestions compare the article with the whole corpus: newly added articles are counted a
  // slice per frame first, so that thousands of them never block one frame.
  r.counting = stats::step(m.workspace, 6.0) > 0;
  if (r.counting) return;
  r.article = m.selected_article;
  r.tags_revision = revision;
  r.categories.clear();
  r.suggested_tags.clear();
  if (!m.selected_article) return;
  const Article& article = m.workspace.corpus.articles[*m.selected_article];
  r.suggested_tags = stats::suggest_tags(m.workspace, article.id);

  const tags::TagStore& store = m.workspace.tags;
  if (store.category_count() == 0) return;
  text::TextPipeline& pipeline = m.workspace.pipeline;
  const tags::CategoryMatcher matcher(
      store, [](std::string_view w) { return text::search_key(w); },
      [&pipeline](std::string_view key) { return std::string(pipeline.stem_of_key(key)); });
  for (const auto& token : pipeline.tokenize(m.workspace.corpus.text(article))) {
    if (token.part) continue;  // the whole compound is marked, or its parts, not both
    const auto hits = matcher.match(token.key, token.stem);
    if (hits.empty()) continue;
    const tags::Category& c = store.category_at(hits.front());
    r.categories.push_back({token.start, token.end, c.color, c.name});
  }
}

}  // namespace wortblick::app
