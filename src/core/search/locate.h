// From word positions back to bytes: where matches stand in an article's text.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "core/search/matcher.h"

namespace wortblick::search {

// A match in text coordinates: source text for Body, the article title for Title.
struct Located {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t block_begin = 0;  // the paragraph it stands in
  std::size_t block_end = 0;
};

// `matches` belong to one document and field, sorted by position. Scans the field's tokens
// once, stopping after the last match. Overlapping matches are all returned.
std::vector<Located> locate(const SearchIndex& index, const Corpus& corpus, std::span<const Match> matches);

}  // namespace wortblick::search
