// Building the key and stem lookups of word categories.
#include "core/tags/category_matcher.h"

#include <algorithm>

#include "core/tags/tag_rules.h"

namespace wortblick::tags {

void CategoryMatcher::add(Index& index, std::string word, std::size_t category) {
  auto& list = index[std::move(word)];
  // Categories are added in ascending order, so only the last entry can repeat.
  if (list.empty() || list.back() != category) list.push_back(category);
}

CategoryMatcher::CategoryMatcher(const TagStore& store, KeyFunction key, KeyFunction stem) {
  if (!key) key = [](std::string_view w) { return name_key(w); };
  for (std::size_t i = 0; i < store.category_count(); ++i) {
    const auto& c = store.category_at(i);
    for (const auto& w : c.words) {
      auto k = key(w);
      if (c.stem && stem) add(by_stem_, stem(k), i);
      add(by_key_, std::move(k), i);
    }
  }
}

std::vector<std::size_t> CategoryMatcher::match(std::string_view token_key, std::string_view token_stem) const {
  std::vector<std::size_t> out;
  if (const auto it = by_key_.find(token_key); it != by_key_.end()) out = it->second;
  if (!token_stem.empty()) {
    if (const auto it = by_stem_.find(token_stem); it != by_stem_.end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
    }
  }
  return out;
}

}  // namespace wortblick::tags
