// Showing an article in the reader, with the search's hits in it (shared by several actions).
#pragma once

#include <cstddef>
#include <optional>

#include "app/model.h"

namespace wortblick::app {

// Opens article `index` in the reader (leaving the list selection alone), refreshes its search
// highlights and, when `offset` is given, makes the hit at or after that byte the current one.
void show_article(Model& m, std::size_t index, std::optional<std::size_t> offset);

// Builds the concordance for the current query when the concordance view shows and the query
// changed since (cheap otherwise: call it every frame).
void refresh_concordance(Model& m);
// The snippets of result row `hit`, built when the row first shows (derived data, cached in
// the model until the query or corpus changes).
const std::vector<search::Snippet>& visible_snippets(Model& m, std::size_t hit);

// Runs the current query again (the corpus changed), leaving the query box, pane and filters be.
void rerun_search(Model& m);

// Recomputes the reader's highlights for the current query and article.
void refresh_article_hits(Model& m);

// Recomputes category words and tag suggestions when the article or the tags changed (cheap
// when nothing did: call it every frame).
void refresh_reader_marks(Model& m);

}  // namespace wortblick::app
