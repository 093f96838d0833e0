// A first pass over untrusted JSON that catches what nlohmann's DOM parser lets through.
#pragma once

#include <string>
#include <string_view>

namespace wortblick::tags {

// Checks that `text` is one valid JSON value (UTF-8 strings, nothing after it) with no
// duplicate key in any object (the DOM parser would silently keep the last one), no nesting
// deeper than limits::kJsonDepth and no string or key longer than limits::kJsonStringBytes.
// Returns "" or "<field>: <message>", the field written like `tags[3].articles[0]` ("document"
// for the top level). Never throws; the input may be any bytes.
std::string check_json_shape(std::string_view text);

}  // namespace wortblick::tags
