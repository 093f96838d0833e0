// A small most-recent-first cache of chart results, keyed by a string built from the query.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <utility>

namespace wortblick::stats {

// Charts ask for the same result every frame; the key must include everything the result
// depends on (options, index generation, tag revision). Holds at most `kCapacity` results.
template <class V>
class ResultCache {
 public:
  static constexpr std::size_t kCapacity = 16;

  const V* find(const std::string& key) const {
    for (const auto& [k, v] : entries_) {
      if (k == key) return &v;
    }
    return nullptr;
  }
  const V& put(std::string key, V value) {
    entries_.emplace_front(std::move(key), std::move(value));
    if (entries_.size() > kCapacity) entries_.pop_back();
    return entries_.front().second;
  }
  void clear() { entries_.clear(); }
  std::size_t size() const { return entries_.size(); }

 private:
  std::deque<std::pair<std::string, V>> entries_;
};

}  // namespace wortblick::stats
