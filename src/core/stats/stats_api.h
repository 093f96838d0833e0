// The statistics methods of window.explorer: frequencies, keyness, distribution, dispersion, tags, stop words.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/workspace.h"

namespace wortblick::stats {

struct ApiReply {
  nlohmann::json value;
  std::string error;  // non-empty: the call broke the contract (JavaScript throws)
};

// nullopt when `method` is not a statistics method. `args` is the JSON array of arguments.
std::optional<ApiReply> call_stats_api(Workspace& w, std::string_view method, const nlohmann::json& args);

}  // namespace wortblick::stats
