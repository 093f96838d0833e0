// Which articles the list shows: all of them, or those passing the tag filter.
#pragma once

#include <cstddef>
#include <vector>

#include "app/model.h"

namespace wortblick::app {

// Indexes into corpus.articles, in corpus order.
std::vector<std::size_t> visible_articles(const Model& model);

// Brings model.article_list up to date when the corpus, the tags or the filter changed.
void refresh_article_list(Model& model);

}  // namespace wortblick::app
