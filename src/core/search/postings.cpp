// Varint encoding and decoding of posting lists.
#include "core/search/postings.h"

#include <algorithm>

#include <cassert>

namespace wortblick::search {
namespace {

void put(std::vector<std::uint8_t>& out, std::uint32_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<std::uint8_t>(v));
}

std::uint32_t get(const std::vector<std::uint8_t>& in, std::size_t& at) {
  std::uint32_t v = 0;
  int shift = 0;
  while (true) {
    const std::uint8_t b = in[at++];
    v |= static_cast<std::uint32_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) return v;
    shift += 7;
  }
}

void skip(const std::vector<std::uint8_t>& in, std::size_t& at, std::uint32_t count) {
  while (count) {
    if (!(in[at++] & 0x80)) --count;
  }
}

}  // namespace

void PostingList::append(std::uint32_t doc, Field field, std::span<const std::uint32_t> positions) {
  assert(!positions.empty());
  // At most 5 bytes per varint. Growing by a quarter (not the vector's doubling) keeps the
  // unused tail of the lists, the largest part of the index, at about a tenth.
  const std::size_t most = bytes_.size() + 5 * (positions.size() + 2);
  if (most > bytes_.capacity()) bytes_.reserve(std::max(most, bytes_.size() + bytes_.size() / 4));
  put(bytes_, doc);
  put(bytes_, static_cast<std::uint32_t>(positions.size()) << 1 | static_cast<std::uint32_t>(field));
  std::uint32_t last = 0;
  for (const auto p : positions) {
    assert(p >= last);
    put(bytes_, p - last);
    last = p;
  }
}

bool PostingList::next(std::size_t& at, Posting& p) const {
  if (at >= bytes_.size()) return false;
  p.doc = get(bytes_, at);
  const std::uint32_t tf_field = get(bytes_, at);
  p.field = static_cast<Field>(tf_field & 1);
  p.tf = tf_field >> 1;
  p.positions_at = at;
  skip(bytes_, at, p.tf);
  return true;
}

void PostingList::positions(const Posting& p, std::vector<std::uint32_t>& out) const {
  std::size_t at = p.positions_at;
  std::uint32_t last = 0;
  for (std::uint32_t k = 0; k < p.tf; ++k) {
    last += get(bytes_, at);
    out.push_back(last);
  }
}

int PostingList::erase(std::uint32_t doc) {
  std::size_t at = 0;
  Posting p;
  std::size_t begin = bytes_.size();
  std::size_t end = bytes_.size();
  int fields = 0;
  while (true) {
    const std::size_t entry = at;
    if (!next(at, p)) break;
    if (p.doc == doc) {
      if (fields == 0) begin = entry;
      end = at;
      ++fields;
    } else if (p.doc > doc) {
      break;
    }
  }
  if (fields) bytes_.erase(bytes_.begin() + static_cast<std::ptrdiff_t>(begin), bytes_.begin() + static_cast<std::ptrdiff_t>(end));
  return fields;
}

}  // namespace wortblick::search
