// The set of article ids that exist, for checking imports and saved tags against the corpus.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace wortblick::tags {

class KnownArticles {
 public:
  KnownArticles() = default;
  explicit KnownArticles(std::vector<std::string> ids) : ids_(std::move(ids)) {
    std::sort(ids_.begin(), ids_.end());
  }
  bool contains(std::string_view id) const { return std::binary_search(ids_.begin(), ids_.end(), id, Less{}); }
  std::size_t size() const { return ids_.size(); }

 private:
  struct Less {
    bool operator()(std::string_view a, std::string_view b) const { return a < b; }
  };
  std::vector<std::string> ids_;
};

}  // namespace wortblick::tags
