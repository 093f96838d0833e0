// Term and stem dictionaries over chunked string arenas; lazy sorted order for prefixes.
#include "core/search/vocabulary.h"

#include <algorithm>
#include <cstring>

namespace wortblick::search {
namespace {
constexpr std::size_t chunk_size = 64 * 1024;
}

std::string_view Vocabulary::store(std::string_view s) {
  if (chunks_.empty() || chunk_bytes_ - chunk_used_ < s.size()) {
    chunk_bytes_ = std::max(chunk_size, s.size());
    chunks_.push_back(std::make_unique<char[]>(chunk_bytes_));
    chunk_used_ = 0;
  }
  char* at = chunks_.back().get() + chunk_used_;
  if (!s.empty()) std::memcpy(at, s.data(), s.size());
  chunk_used_ += s.size();
  return {at, s.size()};
}

std::uint32_t Vocabulary::find(std::string_view key) const {
  const auto id = ids_.find(key, [this](std::uint32_t i) { return terms_[i].key; });
  return id == KeyTable::none ? no_term : id;
}

std::uint32_t Vocabulary::find_or_add(std::string_view key, text::TokenKind kind) {
  if (const auto id = find(key); id != no_term) return id;
  const auto id = static_cast<std::uint32_t>(terms_.size());
  Term t;
  t.key = store(key);
  t.kind = kind;
  const std::string stem = kind == text::TokenKind::Word ? stemmer_.stem(key) : std::string(key);
  const auto stem_of = [this](std::uint32_t i) { return stem_keys_[i]; };
  t.stem = stem_ids_.find(stem, stem_of);
  if (t.stem == KeyTable::none) {
    t.stem = static_cast<std::uint32_t>(stem_members_.size());
    stem_keys_.push_back(store(stem));
    stem_ids_.insert(stem, t.stem);
    stem_members_.emplace_back();
  }
  stem_members_[t.stem].push_back(id);
  ids_.insert(t.key, id);
  terms_.push_back(std::move(t));
  return id;
}

std::span<const std::uint32_t> Vocabulary::stem_group_of(std::string_view key) {
  const auto id = find(key);
  if (id != no_term) return stem_members_[terms_[id].stem];
  const auto stem = stem_ids_.find(stemmer_.stem(key), [this](std::uint32_t i) { return stem_keys_[i]; });
  if (stem == KeyTable::none) return {};
  return stem_members_[stem];
}

std::span<const std::uint32_t> Vocabulary::with_prefix(std::string_view prefix) {
  if (sorted_.size() < terms_.size()) {
    const auto old = static_cast<std::ptrdiff_t>(sorted_.size());
    for (auto id = static_cast<std::uint32_t>(sorted_.size()); id < terms_.size(); ++id) sorted_.push_back(id);
    const auto by_key = [this](std::uint32_t a, std::uint32_t b) { return terms_[a].key < terms_[b].key; };
    std::sort(sorted_.begin() + old, sorted_.end(), by_key);
    std::inplace_merge(sorted_.begin(), sorted_.begin() + old, sorted_.end(), by_key);
  }
  const auto lo = std::lower_bound(sorted_.begin(), sorted_.end(), prefix,
                                   [this](std::uint32_t id, std::string_view p) { return terms_[id].key < p; });
  auto hi = lo;
  while (hi != sorted_.end() && terms_[*hi].key.starts_with(prefix)) ++hi;
  return {sorted_.data() + (lo - sorted_.begin()), static_cast<std::size_t>(hi - lo)};
}

std::size_t Vocabulary::byte_size() const {
  std::size_t n = chunks_.size() * chunk_size + terms_.capacity() * sizeof(Term) + sorted_.capacity() * 4;
  for (const auto& t : terms_) n += t.postings.byte_size();
  n += ids_.byte_size() + stem_ids_.byte_size() + stem_keys_.capacity() * sizeof(std::string_view);
  for (const auto& g : stem_members_) n += sizeof(g) + g.capacity() * 4;
  return n;
}

}  // namespace wortblick::search
