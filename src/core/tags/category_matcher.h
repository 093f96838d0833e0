// Which word categories a token belongs to, with the folding plugged in by the caller.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/tags/tag_store.h"

namespace wortblick::tags {

// Maps a word to the form it is compared in. The tags code does not depend on the text
// pipeline; callers pass its folding, e.g. `text::search_key`, and its stemmer.
using KeyFunction = std::function<std::string(std::string_view)>;

// A lookup built from the store's categories at one moment: rebuild it when
// TagStore::revision() changes. Category words are stored as the user wrote them and folded
// here with `key`; categories with stem=true also match by `stem(key(word))`.
class CategoryMatcher {
 public:
  // An empty `key` uses name_key (Unicode lowercase); an empty `stem` makes stem categories
  // match by key only.
  CategoryMatcher(const TagStore& store, KeyFunction key, KeyFunction stem = {});

  // Indices (store order, ascending, no repeats) of the categories a token belongs to, given
  // the token's search key and stem as the text pipeline computed them.
  std::vector<std::size_t> match(std::string_view token_key, std::string_view token_stem = {}) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<std::size_t>, Hash, std::equal_to<>>;
  static void add(Index& index, std::string word, std::size_t category);

  Index by_key_;
  Index by_stem_;
};

}  // namespace wortblick::tags
