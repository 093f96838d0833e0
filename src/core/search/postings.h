// A term's occurrences, byte-packed: per document its id, field, frequency and word positions.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace wortblick::search {

enum class Field : std::uint8_t { Body = 0, Title = 1 };

// One document's occurrences of a term in one field, as decoded from a PostingList.
struct Posting {
  std::uint32_t doc = 0;
  Field field = Field::Body;
  std::uint32_t tf = 0;
  // Offset of the first position in the encoded list; decode with PostingList::positions.
  std::size_t positions_at = 0;
};

// Entries are appended in increasing doc order (title before body for one doc); varints keep a
// posting at 3-5 bytes plus about 1.5 bytes per position, which is what lets 10k documents
// with every position fit in less memory than a JavaScript index without positions.
class PostingList {
 public:
  // `positions` must be ascending; doc must not be below the last appended doc.
  void append(std::uint32_t doc, Field field, std::span<const std::uint32_t> positions);
  // Removes every entry of `doc`; returns how many fields it had there (0 when none).
  int erase(std::uint32_t doc);

  // Forward iteration: `at` starts at 0; next() fills `p` and returns false at the end.
  bool next(std::size_t& at, Posting& p) const;
  // Appends the positions of `p` to `out`.
  void positions(const Posting& p, std::vector<std::uint32_t>& out) const;

  bool empty() const { return bytes_.empty(); }
  std::size_t byte_size() const { return bytes_.capacity(); }
  void shrink() { bytes_.shrink_to_fit(); }

 private:
  std::vector<std::uint8_t> bytes_;
};

}  // namespace wortblick::search
