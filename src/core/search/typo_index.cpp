// Length buckets, letter signatures and the bounded distance check behind typo search.
#include "core/search/typo_index.h"

#include <array>
#include <bit>

#include "core/search/edit_distance.h"

namespace wortblick::search {
namespace {

std::uint64_t signature(std::span<const char32_t> cps) {
  std::uint64_t s = 0;
  for (const char32_t c : cps) {
    unsigned bit;
    if (c >= 'a' && c <= 'z') bit = c - 'a';
    else if (c >= '0' && c <= '9') bit = 26 + (c - '0');
    else bit = 36 + (c * 2654435761u >> 7) % 28;
    s |= std::uint64_t{1} << bit;
  }
  return s;
}

}  // namespace

int typo_budget(std::size_t length) { return length >= 8 ? 2 : length >= 4 ? 1 : 0; }

void TypoIndex::add(std::uint32_t term, std::string_view key) {
  if (keys_.size() <= term) keys_.resize(term + 1);
  keys_[term] = key;
  std::array<char32_t, max_length> cps{};
  const std::size_t n = to_code_points(key, cps);
  if (n > max_length || n == 0) return;
  if (buckets_.size() <= n) buckets_.resize(n + 1);
  buckets_[n].letters.push_back(signature({cps.data(), n}));
  buckets_[n].terms.push_back(term);
}

std::vector<TypoCandidate> TypoIndex::near(std::string_view key, int max) const {
  std::vector<TypoCandidate> out;
  std::array<char32_t, max_length> q{};
  const std::size_t n = to_code_points(key, q);
  if (n > max_length || max <= 0) return out;
  const std::uint64_t qs = signature({q.data(), n});
  std::array<char32_t, max_length> c{};
  const std::size_t lo = n > static_cast<std::size_t>(max) ? n - max : 1;
  for (std::size_t len = lo; len <= n + max && len < buckets_.size(); ++len) {
    const Bucket& b = buckets_[len];
    for (std::size_t i = 0; i < b.letters.size(); ++i) {
      const std::uint64_t ks = b.letters[i];
      if (std::popcount(qs & ~ks) > max || std::popcount(ks & ~qs) > max) continue;
      const std::string_view k = keys_[b.terms[i]];
      if (k == key) continue;
      const std::size_t m = to_code_points(k, c);
      const int d = bounded_distance({q.data(), n}, {c.data(), m}, max);
      if (d <= max) out.push_back({b.terms[i], d});
    }
  }
  return out;
}

std::size_t TypoIndex::byte_size() const {
  std::size_t n = keys_.capacity() * sizeof(std::string_view);
  for (const auto& b : buckets_) n += b.letters.capacity() * 8 + b.terms.capacity() * 4;
  return n;
}

}  // namespace wortblick::search
