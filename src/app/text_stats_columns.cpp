// Column table and ordering for the text statistics view, kept apart from drawing so the order is computed once per change.
#include "app/text_stats_columns.h"

#include <algorithm>
#include <numeric>

#include "app/chart_controls.h"

namespace wortblick::app {

const TextStatColumn kTextStatColumns[11] = {
    {&str::kWords, "tokens", -1},          {&str::kTypes, "types", -1},
    {&str::kTtr, "ttr", 3},                {&str::kSttr, "sttr", 3},
    {&str::kHapax, "hapax", -1},           {&str::kWordLength, "meanWordLength", 2},
    {&str::kSentenceLength, "meanSentenceLength", 1}, {&str::kSentences, "sentences", -1},
    {&str::kFlesch, "fleschAmstad", 1},    {&str::kWstf, "wstf1", 1},
    {&str::kLix, "lix", 1}};

double text_stat_value(const stats::TextStats& s, int column) {
  const auto& r = s.readability;
  switch (column) {
    case 0: return static_cast<double>(s.figures.words);
    case 1: return static_cast<double>(s.types);
    case 2: return s.ttr;
    case 3: return s.sttr;
    case 4: return static_cast<double>(s.hapax);
    case 5: return r.mean_word_length;
    case 6: return r.mean_sentence_length;
    case 7: return static_cast<double>(s.figures.sentences);
    case 8: return r.flesch_amstad;
    case 9: return r.wstf1;
    case 10: return r.lix;
  }
  return 0;
}

std::string text_stat_shown(const stats::TextStats& s, int column) {
  const double v = text_stat_value(s, column);
  const int decimals = kTextStatColumns[column].decimals;
  return decimals < 0 ? std::to_string(static_cast<long long>(v)) : format_decimal(v, decimals);
}

std::vector<std::size_t> text_stats_order(const Corpus& corpus, const std::vector<stats::TextStats>& each, int column,
                                          bool descending) {
  std::vector<std::size_t> order(std::min(each.size(), corpus.articles.size()));
  std::iota(order.begin(), order.end(), std::size_t{0});
  column = std::clamp(column, -1, kTextStatColumnCount - 1);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (column < 0) return descending ? corpus.articles[a].title > corpus.articles[b].title
                                      : corpus.articles[a].title < corpus.articles[b].title;
    const double x = text_stat_value(each[a], column), y = text_stat_value(each[b], column);
    return descending ? x > y : x < y;
  });
  return order;
}

}  // namespace wortblick::app
