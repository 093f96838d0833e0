// Term and stem dictionaries over chunked string arenas; lazy sorted order for prefixes.
#include "core/search/vocabulary.h"

#include <algorithm>
#include <cstring>

#include "core/text/fold.h"

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

std::uint32_t Vocabulary::find_stem(std::string_view stem) const {
  const auto g = stem_ids_.find(stem, [this](std::uint32_t i) { return stem_keys_[i]; });
  return g == KeyTable::none ? no_term : g;
}

std::uint32_t Vocabulary::stem_id(std::string_view stem) {
  if (const auto g = find_stem(stem); g != no_term) return g;
  const auto g = static_cast<std::uint32_t>(stem_members_.size());
  stem_keys_.push_back(store(stem));
  stem_ids_.insert(stem_keys_.back(), g);
  stem_members_.emplace_back();
  return g;
}

void Vocabulary::add_spelling_stem(std::uint32_t id, std::string_view lowered) {
  const std::uint32_t g = stem_id(stemmer_.stem(lowered));
  auto& members = stem_members_[g];
  // Runs once per new spelling, so a scan is cheap enough; the last member is the likeliest.
  if (!members.empty() && members.back() == id) return;
  if (std::find(members.begin(), members.end(), id) != members.end()) return;
  members.push_back(id);
  if (terms_[id].stem != g) more_stems_.emplace_back(id, g);
}

std::uint32_t Vocabulary::find_or_add(std::string_view key, std::string_view spelling, text::TokenKind kind) {
  auto id = find(key);
  if (id == no_term) {
    id = static_cast<std::uint32_t>(terms_.size());
    Term t;
    t.key = store(key);
    t.kind = kind;
    // Numbers and URLs are their own stem; a word's first spelling decides Term::stem.
    const bool ascii = kind != text::TokenKind::Word || text::is_ascii(spelling);
    if (ascii) {
      t.ascii_spelling = true;
      t.stem = stem_id(kind == text::TokenKind::Word ? stemmer_.stem(key) : std::string(key));
    } else {
      lowered_.clear();
      text::append_lower_spelling(spelling, lowered_);
      t.stem = stem_id(stemmer_.stem(lowered_));
    }
    stem_members_[t.stem].push_back(id);
    ids_.insert(t.key, id);
    terms_.push_back(std::move(t));
    if (!ascii) remember_spelling(spelling);
    return id;
  }
  if (kind != text::TokenKind::Word) return id;
  Term& t = terms_[id];
  if (text::is_ascii(spelling)) {
    // Lower-cased ASCII is the key: one stem for all of them.
    if (!t.ascii_spelling) {
      t.ascii_spelling = true;
      add_spelling_stem(id, key);
    }
    return id;
  }
  if (find_spelling(spelling) != KeyTable::none) return id;
  remember_spelling(spelling);
  lowered_.clear();
  text::append_lower_spelling(spelling, lowered_);
  add_spelling_stem(id, lowered_);
  return id;
}

std::uint32_t Vocabulary::find_spelling(std::string_view spelling) const {
  return spelling_ids_.find(spelling, [this](std::uint32_t i) { return spellings_[i]; });
}

void Vocabulary::remember_spelling(std::string_view spelling) {
  const auto i = static_cast<std::uint32_t>(spellings_.size());
  spellings_.push_back(store(spelling));
  spelling_ids_.insert(spellings_.back(), i);
}

std::vector<std::uint32_t> Vocabulary::stems_of(std::uint32_t id) const {
  std::vector<std::uint32_t> out{terms_[id].stem};
  for (const auto& [term, g] : more_stems_) {
    if (term == id) out.push_back(g);
  }
  return out;
}

std::vector<std::uint32_t> Vocabulary::stem_group_of(std::string_view key, std::string_view spelling) {
  std::vector<std::uint32_t> groups;
  if (const auto id = find(key); id != no_term) groups = stems_of(id);
  const std::string lowered = text::lower_spelling(spelling.empty() ? key : spelling);
  const auto add = [&](std::string_view word) {
    if (const auto g = find_stem(stemmer_.stem(word)); g != no_term) groups.push_back(g);
  };
  add(lowered);
  if (text::has_umlaut_reading(lowered)) add(text::umlaut_reading(lowered));
  std::vector<std::uint32_t> out;
  for (const auto g : groups) out.insert(out.end(), stem_members_[g].begin(), stem_members_[g].end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
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
  n += spelling_ids_.byte_size() + spellings_.capacity() * sizeof(std::string_view) + more_stems_.capacity() * 8;
  for (const auto& g : stem_members_) n += sizeof(g) + g.capacity() * 4;
  return n;
}

}  // namespace wortblick::search
