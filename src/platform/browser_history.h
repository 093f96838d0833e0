// Keeps the URL fragment and browser history in step with the model (shareable links, back/forward).
#pragma once

#include <string>

namespace wortblick::platform {

struct WebApp;

// Applies the page's current fragment (a shared link) before the first frame.
void restore_from_url(WebApp& app);

// Brings the model to `fragment` (back/forward, an edited link) without a new history entry.
void apply_fragment(WebApp& app, const std::string& fragment);

// After a frame: pushes a history entry when the view or article changed, else replaces it.
void sync_url(WebApp& app);

}  // namespace wortblick::platform
