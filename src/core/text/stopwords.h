// Stop lists as values: the embedded German list plus the user's additions and removals.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace wortblick::text {

// Words are stored and matched by search key, so "für" and "fuer" are the same stop word.
class Stopwords {
 public:
  Stopwords() = default;

  // Snowball's German stop list (from the Snowball project, shipped by Debian's
  // liblingua-stopwords-perl), embedded at build time.
  static Stopwords german();

  // One word per line; text after '|' is a comment (Snowball's list format); blank lines skipped.
  static Stopwords parse(std::string_view list);

  bool contains(std::string_view word) const;       // folds `word` first
  bool contains_key(std::string_view key) const;    // `key` is already a search key
  void add(std::string_view word);
  void remove(std::string_view word);

  std::size_t size() const { return keys_.size(); }
  std::vector<std::string> keys() const;  // sorted
  friend bool operator==(const Stopwords&, const Stopwords&) = default;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Hashed, not ordered: segmentation looks up every word of every added text.
  std::unordered_set<std::string, Hash, std::equal_to<>> keys_;
};

}  // namespace wortblick::text
