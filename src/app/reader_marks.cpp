// Category words and suggested tags for the article in the reader, kept in step with the tags.
#include <string>

#include "app/reader_navigation.h"
#include "core/stats/charts.h"
#include "core/tags/category_matcher.h"
#include "core/text/fold.h"

namespace wortblick::app {

void refresh_reader_marks(Model& m) {
  ReaderMarks& r = m.reader_marks;
  const auto revision = m.session.tags().revision();
  if (r.article == m.selected_article && r.tags_revision == revision) return;
  // Suggestions compare the article with the whole corpus: while added texts are taken in,
  // indexed and counted (the session's step(), a slice per frame) they wait.
  r.counting = m.session.pending() > 0;
  if (r.counting) return;
  r.article = m.selected_article;
  r.tags_revision = revision;
  r.categories.clear();
  r.suggested_tags.clear();
  if (!m.selected_article) return;
  const Article& article = m.session.corpus().articles[*m.selected_article];
  r.suggested_tags = m.session.suggest_tags(article.id);

  const tags::TagStore& store = m.session.tags();
  if (store.category_count() == 0) return;
  Session& session = m.session;
  const tags::CategoryMatcher matcher(
      store, [](std::string_view w) { return text::search_key(w); },
      [&session](std::string_view key) { return session.stem_of_key(key); });
  std::string text;
  for (const auto& token : m.session.tokens(m.session.corpus().text(article), text)) {
    if (token.part) continue;  // the whole compound is marked, or its parts, not both
    const auto hits = matcher.match(token.key, token.stem);
    if (hits.empty()) continue;
    const tags::Category& c = store.category_at(hits.front());
    r.categories.push_back({token.start, token.end, c.color, c.name});
  }
}

}  // namespace wortblick::app
