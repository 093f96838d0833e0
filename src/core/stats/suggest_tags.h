// Tag suggestions: the few words that set an article apart from the rest of the corpus.
#pragma once

#include <string>
#include <vector>

#include "core/stats/scope_counts.h"

namespace wortblick::stats {

// Keyness of the article against every other article (log_likelihood.h), over display forms,
// stop words and numbers excluded, words of at least 3 letters seen at least twice in the
// article and significant at p < 0.01 (G² >= 6.63). Capitalised display forms (German nouns
// and names, which make better tags than verbs) come first, each part in keyness order;
// at most `max`. With no other articles to compare against: the article's most frequent
// such words.
std::vector<std::string> suggest_tags(const StatsInputs& in, const Article& article, std::size_t max = 5);

}  // namespace wortblick::stats
