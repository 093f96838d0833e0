// Interned search keys and spellings, so per-article counts are small integer pairs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/token.h"

namespace wortblick::stats {

using TermId = std::uint32_t;
using SurfaceId = std::uint32_t;
inline constexpr std::uint32_t kNone = 0xffffffffu;

struct TermInfo {
  std::string_view key;   // search key, owned by the TextPipeline (valid while it lives)
  std::string_view stem;  // words: the key's stem; numbers: the key itself
  bool number = false;
  std::uint32_t length = 0;  // code points of the first spelling seen, for minLength
};

struct SurfaceInfo {
  std::string_view text;  // a spelling as written, owned by the table
  TermId term = 0;
};

// Ids are dense and never reused. Surface ids grow in the order spellings are first seen,
// which is the "first seen" tie-break of display forms. Only grows: a removed article's
// spellings stay, which costs a little memory but keeps every id valid.
class TermTable {
 public:
  TermTable() = default;
  TermTable(const TermTable&) = delete;
  TermTable& operator=(const TermTable&) = delete;
  TermTable(TermTable&&) = default;
  TermTable& operator=(TermTable&&) = default;

  // The spelling of a word or number token (its key interned too).
  SurfaceId intern(const text::Token& t);

  const TermInfo& term(TermId id) const { return terms_[id]; }
  const SurfaceInfo& surface(SurfaceId id) const { return surfaces_[id]; }
  std::size_t term_count() const { return terms_.size(); }
  std::size_t surface_count() const { return surfaces_.size(); }
  // kNone when no counted token had this key.
  TermId find_key(std::string_view key) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string_view, TermId, Hash, std::equal_to<>> by_key_;
  // Node-based: SurfaceInfo::text views the node's string, which never moves.
  std::unordered_map<std::string, SurfaceId, Hash, std::equal_to<>> by_surface_;
  std::vector<TermInfo> terms_;
  std::vector<SurfaceInfo> surfaces_;
};

}  // namespace wortblick::stats
