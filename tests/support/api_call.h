// Calling a window.explorer method from a native test and reading its {"value"} or {"error"} answer.
#pragma once

#include <string_view>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/session/json_boundary.h"
#include "core/session/session.h"

namespace wortblick::testing_support {

// The parsed answer; a method core does not know fails the test (and gives null).
inline nlohmann::json call_api(Session& w, std::string_view method, std::string_view args = "[]") {
  const auto out = boundary::call(w, method, args);
  EXPECT_TRUE(out.has_value()) << "unknown method " << method;
  return out ? nlohmann::json::parse(*out) : nlohmann::json();
}

// The answer's value; an error answer fails the test (and gives null).
inline nlohmann::json call_value(Session& w, std::string_view method, const nlohmann::json& args) {
  const auto j = call_api(w, method, args.dump());
  EXPECT_TRUE(j.contains("value")) << method << ": " << j.dump();
  return j.value("value", nlohmann::json());
}

}  // namespace wortblick::testing_support
