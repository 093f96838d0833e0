// Interning keys and spellings for the per-article counts.
#include "core/stats/term_table.h"

#include "core/text/utf8.h"

namespace wortblick::stats {
namespace {

std::uint32_t code_points(std::string_view s) {
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += text::decode_utf8(s, i).length) ++n;
  return n;
}

}  // namespace

SurfaceId TermTable::intern(const text::Token& t) {
  if (const auto it = by_surface_.find(t.text); it != by_surface_.end()) return it->second;
  TermId term = find_key(t.key);
  if (term == kNone) {
    term = static_cast<TermId>(terms_.size());
    terms_.push_back({t.key, t.stem, t.is_number(), code_points(t.text)});
    by_key_.emplace(t.key, term);
  }
  const auto id = static_cast<SurfaceId>(surfaces_.size());
  const auto node = by_surface_.emplace(std::string(t.text), id).first;
  surfaces_.push_back({node->first, term});
  return id;
}

TermId TermTable::find_key(std::string_view key) const {
  const auto it = by_key_.find(key);
  return it == by_key_.end() ? kNone : it->second;
}

}  // namespace wortblick::stats
