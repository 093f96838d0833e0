// Helpers for the hostile-input tests: an independent UTF-8 check, a stopwatch and JSON API calls.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/api/explorer_api.h"
#include "core/workspace.h"

namespace wortblick::hostile {

// Strict UTF-8 validation written apart from core/text/utf8, so a decoder bug is not mirrored.
inline bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0, n = s.size(); i < n;) {
    const unsigned c = p[i];
    if (c < 0x80) { ++i; continue; }
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c == 0xED) { len = 3; hi = 0x9F; }
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else return false;
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k)
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return false;
    i += len;
  }
  return true;
}

// Wall-clock seconds since construction, for "returns in reasonable time" checks. The bounds
// are generous: sanitizer builds run several times slower than the release build.
class Stopwatch {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Calls a window.explorer method and parses its answer ({"value": …} or {"error": "…"}).
inline nlohmann::json call(Workspace& w, std::string_view method, std::string_view args) {
  const auto out = call_core_api(w, method, args);
  EXPECT_TRUE(out.has_value()) << method;
  return out ? nlohmann::json::parse(*out) : nlohmann::json();
}

}  // namespace wortblick::hostile
