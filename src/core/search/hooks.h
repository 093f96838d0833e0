// What search needs from the tag store, as callbacks the caller provides (core/search stays independent of it).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wortblick::search {

struct CategoryWords {
  std::vector<std::string> words;  // as the user wrote them; search folds them
  bool stem = false;               // match every form of each word (stem group)
};

// Unset callbacks mean "no tags / categories here": tag: and cat: then match nothing and the
// result carries a note. Returning nullopt means "no tag / category by that name".
struct SearchHooks {
  // The ids of the articles carrying the tag `name`.
  std::function<std::optional<std::vector<std::string>>(std::string_view name)> tagged_articles;
  // The words of the category `name`.
  std::function<std::optional<CategoryWords>(std::string_view name)> category_words;
};

}  // namespace wortblick::search
