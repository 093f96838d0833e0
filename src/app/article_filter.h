// Which articles the list shows: all of them, or those passing the tag filter.
#pragma once

#include <cstddef>
#include <vector>

#include "app/model.h"

namespace wortblick::app {

// Indexes into corpus.articles, in corpus order.
std::vector<std::size_t> visible_articles(const Model& model);

}  // namespace wortblick::app
