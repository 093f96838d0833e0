// The core half of the window.explorer contract: JSON arguments in, JSON answers out.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/workspace.h"

namespace wortblick {

// Calls `method` with `args_json` (a JSON array of the JavaScript arguments).
// Answers {"value": ...} or {"error": "message"}; nullopt when core has no such method,
// so the caller (browser app or node module) can try its own methods.
std::optional<std::string> call_core_api(Workspace& workspace, std::string_view method,
                                         std::string_view args_json);

}  // namespace wortblick
