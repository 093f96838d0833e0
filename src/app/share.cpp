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

std::vector<std::string_view> break_lines(std::string_view text, float width,
                                          const std::function<float(std::string_view)>& measure, Breaks breaks) {
  // May a line end just before text[i]?
  auto break_before = [&](std::string_view t, std::size_t i) {
    const char prev = t[i - 1];
    const char next = t[i];
    if (breaks == Breaks::Prose) return prev == ' ';
    return prev == '/' || next == '?' || next == '#' || next == '&';
  };
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    if (measure(text) <= width) {
      lines.push_back(text);
      break;
    }
    // The longest prefix that fits (at least one character, so a narrow width still ends).
    std::size_t fit = 1;
    while (fit < text.size() && continuation(text[fit])) ++fit;
    for (std::size_t end = fit + 1; end <= text.size(); ++end) {
      if (end < text.size() && continuation(text[end])) continue;
      if (measure(text.substr(0, end)) > width) break;
      fit = end;
    }
    std::size_t cut = fit;
    for (std::size_t i = fit; i > 0; --i) {
      if (i < text.size() && break_before(text, i)) {
        cut = i;
        break;
      }
    }
    // In a URL a break far back would waste most of the line: cut mid-word instead.
    if (breaks == Breaks::Url && cut * 3 < fit) cut = fit;
    lines.push_back(text.substr(0, cut));
    text.remove_prefix(cut);
  }
  return lines;
}

}  // namespace wortblick::app
