// The display-form rule for groups of surface spellings.
#include "core/text/display_form.h"

#include "core/text/unicode.h"

#include "core/text/utf8.h"

namespace wortblick::text {
namespace {

bool is_capitalised(std::string_view s) {
  if (s.empty()) return false;
  const Decoded d = decode_utf8(s, 0);
  if (!d.valid) return false;
  const auto cat = text::category(d.cp);
  return cat == text::Category::Lu || cat == text::Category::Lt;
}

bool better(const SurfaceCount& a, const SurfaceCount& b) {
  if (a.count != b.count) return a.count > b.count;
  const bool ca = is_capitalised(a.surface);
  const bool cb = is_capitalised(b.surface);
  if (ca != cb) return ca;
  return a.first_seen < b.first_seen;
}

}  // namespace

std::string_view display_form(std::span<const SurfaceCount> group) {
  if (group.empty()) return {};
  const SurfaceCount* best = &group[0];
  for (const auto& s : group)
    if (better(s, *best)) best = &s;
  return best->surface;
}

}  // namespace wortblick::text
