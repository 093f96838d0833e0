// Fast candidate search for typo tolerance: keys bucketed by length with letter-set signatures.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace wortblick::search {

struct TypoCandidate {
  std::uint32_t term = 0;
  int distance = 0;
};

// A key within edit distance d of the query differs from it in at most d letters each way, so
// two 64-bit letter sets rule out almost every key with two popcounts before any DP runs; the
// length buckets skip keys more than d letters longer or shorter. Per query that is a few
// machine words per key of similar length, not an O(L²) comparison per vocabulary entry.
class TypoIndex {
 public:
  void add(std::uint32_t term, std::string_view key);
  // Terms within `max` edits (OSA distance) of `key`, excluding `key` itself.
  std::vector<TypoCandidate> near(std::string_view key, int max) const;
  std::size_t byte_size() const;

  static constexpr std::size_t max_length = 48;  // longer keys are no typo candidates

 private:
  struct Bucket {
    std::vector<std::uint64_t> letters;
    std::vector<std::uint32_t> terms;
  };
  std::vector<Bucket> buckets_;  // by length in code points
  std::vector<std::string_view> keys_;  // by term id (views into the vocabulary)
};

// Typo budget for a word of `length` code points: 1, or 2 from 8 letters on, 0 below 4.
int typo_budget(std::size_t length);

}  // namespace wortblick::search
