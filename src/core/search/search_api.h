// The search methods of window.explorer (search, concordance, highlights, addTexts, removeText, stats).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/workspace.h"

namespace wortblick::search {

struct ApiReply {
  nlohmann::json value;
  std::string error;  // non-empty: the call broke the contract (JavaScript throws)
};

// nullopt when `method` is not a search method. `args` is the JSON array of arguments.
std::optional<ApiReply> call_search_api(Workspace& w, std::string_view method, const nlohmann::json& args);

// Hooks for tag:/cat: from the workspace's tag store, unless w.search.hooks are set.
SearchHooks workspace_hooks(Workspace& w);

}  // namespace wortblick::search
