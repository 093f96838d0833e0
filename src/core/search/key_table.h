// An open-addressing hash index from string keys to dense ids, for the vocabulary's lookups.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace wortblick::search {

// Maps keys to ids without storing keys: the caller keeps them (by id) and lends them to
// find(). Slots hold the 32-bit hash and the id (8 bytes), so probing rarely touches a key and
// growing never does. Indexing looks up every token, where node-based maps spent most time.
class KeyTable {
 public:
  static constexpr std::uint32_t none = 0xFFFFFFFFu;

  // The id stored for `key`, or none; key_of(id) returns the key of an id.
  template <class KeyOf>
  std::uint32_t find(std::string_view key, const KeyOf& key_of) const {
    if (slots_.empty()) return none;
    const std::uint32_t h = hash(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == none) return none;
      if (s.hash == h && key_of(s.id) == key) return s.id;
    }
  }

  // Adds `id` under `key`, which must not be in the table yet.
  void insert(std::string_view key, std::uint32_t id);

  std::size_t size() const { return size_; }
  std::size_t byte_size() const { return slots_.capacity() * sizeof(Slot); }

  static std::uint32_t hash(std::string_view key);

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t id = none;
  };
  void place(Slot s);

  std::vector<Slot> slots_;  // power-of-two size, at most half full
  std::size_t size_ = 0;
};

}  // namespace wortblick::search
