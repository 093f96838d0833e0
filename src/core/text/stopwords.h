// Stop lists as values: the embedded German list plus the user's additions and removals.
#pragma once

#include <set>
#include <string>
#include <string_view>
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
  std::vector<std::string> keys() const { return {keys_.begin(), keys_.end()}; }
  friend bool operator==(const Stopwords&, const Stopwords&) = default;

 private:
  std::set<std::string, std::less<>> keys_;
};

}  // namespace wortblick::text
