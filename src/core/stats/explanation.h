// "How is this calculated?": the formula, the counts and one plain sentence behind each figure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"
#include "core/stats/collocation_measures.h"
#include "core/stats/text_stats.h"

namespace wortblick::stats {

// Numbers are written with a decimal point and no thousands separator; a German UI swaps the
// point for a comma (explanation_numbers_for_german in the app).
struct ExplainedValue {
  std::string symbol;  // as it appears in the formula: "O", "f(x)", "N", ...
  std::string value;
  Msg meaning;
};

struct Explanation {
  std::string figure;   // the API's name: "per1000", "ll", "logRatio", "logDice", "fleschAmstad", ...
  double value = 0;
  std::string formula;  // with symbols: "logDice = 14 + log2(2·O / (f(x) + f(y)))"
  std::string worked;   // with this figure's numbers: "14 + log2(2·12 / (40 + 310)) = 10.13"
  std::vector<ExplainedValue> values;
  Message sentence{Msg::SaysNoText, {}};
};

// `decimals` digits after the point, trailing zeros kept (tables line up).
std::string number_text(double value, int decimals);

Explanation explain_frequency(std::string_view word, std::uint64_t count, std::uint64_t words);
// `figure`: "ll" or "logRatio".
std::optional<Explanation> explain_keyness(std::string_view figure, std::string_view word, std::uint64_t a,
                                           std::uint64_t b, std::uint64_t words_a, std::uint64_t words_b);
Explanation explain_dispersion(std::string_view word, std::uint64_t count, std::uint64_t articles_with,
                               std::uint64_t articles);
Explanation explain_collocation(std::string_view node, std::string_view collocate, CollocationMeasure measure,
                                const CollocationCounts& counts, std::uint32_t left, std::uint32_t right);
// `figure`: a textStats() field: "tokens", "types", "ttr", "sttr", "hapax", "meanWordLength",
// "meanSentenceLength", "sentences", "fleschAmstad", "wstf1", "lix", "coverage50" ... "coverage95".
std::optional<Explanation> explain_text_stat(std::string_view figure, const TextStats& stats);

}  // namespace wortblick::stats
