// The shareable part of the model as a URL fragment ("#view=reader&article=…"), and back.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/actions.h"
#include "app/model.h"

namespace wortblick::app {

// The view's name in URLs and the API ("reader", ...).
const char* view_name(View view);

// The fragment (without '#') for what the user sees: view, article, query, scope, chart options.
// Tags are never in it: they belong to the browser profile, not to a link.
std::string encode_url_state(const Model& model);

// The part of the state whose change is a navigation (a new history entry); typing a query
// only replaces the current entry.
std::string navigation_key(const Model& model);

// Actions that bring the model to the state in `fragment`; unknown keys and ids are ignored,
// so an old or hand-edited link still opens.
std::vector<Action> url_state_actions(const Model& model, std::string_view fragment);

// Percent-encoding of UTF-8 for fragment values (RFC 3986 unreserved characters stay).
std::string percent_encode(std::string_view text);
std::string percent_decode(std::string_view text);

}  // namespace wortblick::app
