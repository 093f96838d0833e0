// The tag and category methods of window.explorer, as JSON in and JSON out.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/corpus/corpus.h"
#include "core/tags/tag_store.h"

namespace wortblick::tags {

// A method's answer in explorer_api's shape: a value, or an error for calls that break the
// contract (wrong argument types, unknown articles, invalid names).
struct ApiReply {
  nlohmann::json value;
  std::string error;
};

// The method names handled here (for routing).
bool is_tags_method(std::string_view method);

// Runs a tags method; `args` is the JSON array of the JavaScript arguments. Methods that
// change the store bump store.revision() when they change something.
ApiReply call_tags_method(TagStore& store, const Corpus& corpus, std::string_view method, const nlohmann::json& args);

}  // namespace wortblick::tags
