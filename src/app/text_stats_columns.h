// The text statistics table's columns: label, figure name, decimals, value, and the article order they sort.
#pragma once

#include <string>
#include <vector>

#include "app/strings.h"
#include "core/corpus/corpus.h"
#include "core/stats/text_stats.h"

namespace wortblick::app {

struct TextStatColumn {
  const Text* label;
  const char* figure;  // the textStats() name its explanation uses
  int decimals;        // -1: a whole number
};
extern const TextStatColumn kTextStatColumns[11];
inline constexpr int kTextStatColumnCount = 11;

double text_stat_value(const stats::TextStats& s, int column);
std::string text_stat_shown(const stats::TextStats& s, int column);

// Article indices ordered by a column (-1: by title), ties in corpus order.
std::vector<std::size_t> text_stats_order(const Corpus& corpus, const std::vector<stats::TextStats>& each, int column,
                                          bool descending);

}  // namespace wortblick::app
