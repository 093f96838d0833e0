// Where a word occurs inside each article (a dispersion plot, AntConc's "Plot").
#pragma once

#include <optional>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"
#include "core/stats/scope_counts.h"

namespace wortblick::stats {

struct DispersionArticle {
  const Article* article = nullptr;
  // Indexes into the article's counted tokens (words and numbers outside boilerplate, see
  // counted_tokens), so 0 <= position < length.
  std::vector<std::uint32_t> positions;
  std::vector<std::uint32_t> offsets;  // byte offsets of the same occurrences in Corpus::text(article)
  std::uint32_t length = 0;            // counted tokens in the article
};

struct Dispersion {
  std::string label;                        // display form of the word
  std::vector<DispersionArticle> articles;  // articles of the scope containing it, corpus order
  std::optional<Message> error;
};

// `word` is folded to its search key (or stem group with `stem`). Only the articles that
// contain it are tokenized again, so the cost follows the hits, not the corpus.
Dispersion dispersion(const StatsInputs& in, const ResolvedScope& scope, std::string_view word, bool stem);

}  // namespace wortblick::stats
