// The link the share panel and share() hand out, and how its QR code is fitted to the screen.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/model.h"

namespace wortblick::app {

// The page's address with the fragment of what the user sees: opened elsewhere, it shows the same.
std::string share_url(const Model& model);

// A page opened from disk: its link reaches nobody else.
bool page_is_local(std::string_view page_url);

// A code of `modules` modules a side (quiet zone included) in a square of at most `max_side` CSS
// px, on a screen of `scale` device pixels per CSS px: every module whole device pixels, so its
// edges stay sharp. `side` is 0 when not even one device pixel per module fits.
struct QrLayout {
  float module = 0;  // CSS px per module
  float side = 0;    // CSS px of the whole square: module * modules
};
QrLayout fit_qr(float max_side, int modules, float scale);

// Lines of at most `width` (as `measure` says): prose breaks after spaces; a URL after '/' and
// before '?', '#' and '&', so each key=value stays whole where it fits. A run too long for a line
// is cut at the last character that fits, never inside a UTF-8 sequence.
enum class Breaks { Prose, Url };
std::vector<std::string_view> break_lines(std::string_view text, float width,
                                          const std::function<float(std::string_view)>& measure, Breaks breaks);

}  // namespace wortblick::app
