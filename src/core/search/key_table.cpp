// Hashing and linear-probing insertion for KeyTable.
#include "core/search/key_table.h"

namespace wortblick::search {

std::uint32_t KeyTable::hash(std::string_view key) {
  // Eight bytes per multiply: keys are short, so this is a handful of instructions.
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
  std::size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, key.data() + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  std::uint64_t w = 0;
  std::memcpy(&w, key.data() + i, key.size() - i);
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 29;
  h *= 0x9E3779B97F4A7C15ull;
  return static_cast<std::uint32_t>(h >> 32);
}

void KeyTable::place(Slot s) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = s.hash & mask;
  while (slots_[i].id != none) i = (i + 1) & mask;
  slots_[i] = s;
}

void KeyTable::insert(std::string_view key, std::uint32_t id) {
  if ((size_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot& s : old)
      if (s.id != none) place(s);
  }
  place({hash(key), id});
  ++size_;
}

}  // namespace wortblick::search
