// Helpers for the hostile-input tests: an independent UTF-8 check, a stopwatch and JSON API calls.
#pragma once

#include "../../support/api_call.h"
#include "../../support/messages.h"
#include "../../support/valid_utf8.h"

#include <chrono>
#include <string>
#include <string_view>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/session/session.h"
#include "core/workspace.h"

namespace wortblick::hostile {

using ::wortblick::testing_support::valid_utf8;

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
inline nlohmann::json call(Session& s, std::string_view method, std::string_view args) {
  return testing_support::call_api(s, method, args);
}

}  // namespace wortblick::hostile
