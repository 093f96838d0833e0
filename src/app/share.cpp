// The share link, the code's fit on screen and the URL's line breaks (no ImGui: tested alone).
#include "app/share.h"

#include <cmath>

#include "app/url_state.h"

namespace wortblick::app {

std::string share_url(const Model& model) { return model.page_url + "#" + encode_url_state(model); }

bool page_is_local(std::string_view page_url) {
  constexpr std::string_view kFile = "file:";
  if (page_url.size() < kFile.size()) return false;
  for (std::size_t i = 0; i < kFile.size(); ++i) {
    const char c = page_url[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != kFile[i]) return false;
  }
  return true;
}

QrLayout fit_qr(float max_side, int modules, float scale) {
  if (modules <= 0 || !(scale > 0) || !(max_side > 0) || !std::isfinite(max_side)) return {};
  const float pixels = std::floor(max_side * scale / static_cast<float>(modules) + 1e-3f);
  if (pixels < 1) return {};
  const float module = pixels / scale;
  return {module, module * static_cast<float>(modules)};
}

std::vector<std::string_view> break_url(std::string_view url, float width,
                                        const std::function<float(std::string_view)>& measure) {
  std::vector<std::string_view> lines;
  auto is_break = [](char c) { return c == '/' || c == '?' || c == '&' || c == '#' || c == '='; };
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  while (!url.empty()) {
    if (measure(url) <= width) {
      lines.push_back(url);
      break;
    }
    // The longest prefix that fits (at least one character, so a narrow width still ends).
    std::size_t fit = 1;
    while (fit < url.size() && continuation(url[fit])) ++fit;
    for (std::size_t end = fit + 1; end <= url.size(); ++end) {
      if (end < url.size() && continuation(url[end])) continue;
      if (measure(url.substr(0, end)) > width) break;
      fit = end;
    }
    std::size_t cut = fit;
    for (std::size_t i = fit; i > 1; --i) {
      if (is_break(url[i - 1])) {
        cut = i;
        break;
      }
    }
    // A break char far back would leave a short line; cut mid-word rather than waste half a line.
    if (cut * 2 < fit) cut = fit;
    lines.push_back(url.substr(0, cut));
    url.remove_prefix(cut);
  }
  return lines;
}

}  // namespace wortblick::app
