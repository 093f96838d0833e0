// window.explorer's one JSON boundary: each method's name, argument reader, typed call and writer.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/session/session.h"

namespace wortblick::boundary {

// What differs between the browser and node: nothing about the methods themselves.
struct CallerTraits {
  // addTexts without {budgetMs}: the browser does a frame's worth now and the rest over the next
  // frames; node (infinity) finishes before answering.
  double add_texts_budget_ms = 1e300;
  // The page's own figures (frames drawn, heap, ...) added to stats().
  std::function<void(nlohmann::json&)> page_stats;
};

// Calls `method` with `args_json` (a JSON array of the JavaScript arguments). Answers
// {"value": ...} or {"error": "method: message"}; nullopt when core has no such method.
std::optional<std::string> call(Session& session, std::string_view method, std::string_view args_json,
                                const CallerTraits& traits = {});

// Every method name the table answers, as a JSON array (the node module builds its methods from it).
std::string method_names();

// {"value": value}, with invalid UTF-8 (a source may hold it) replaced rather than refused.
std::string answer(const nlohmann::json& value);
// {"error": "method: message"}
std::string error(std::string_view method, std::string_view message);

}  // namespace wortblick::boundary
