// URL fragment <-> model, through the History API.
#include "browser_history.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>

#include "app/url_state.h"
#include "web_app.h"

namespace wortblick::platform {
namespace {

EM_JS(char*, js_location_hash, (), {
  const hash = location.hash.replace(/^#/, "");
  const size = lengthBytesUTF8(hash) + 1;
  const ptr = _malloc(size);
  stringToUTF8(hash, ptr, size);
  return ptr;
});
EM_JS(void, js_history_write, (const char* fragment, int push), {
  const url = '#' + UTF8ToString(fragment);
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
});
EM_JS(void, js_listen_history, (void* app), {
  const changed = () => {
    const hash = location.hash.replace(/^#/, "");
    const size = lengthBytesUTF8(hash) + 1;
    const ptr = _malloc(size);
    stringToUTF8(hash, ptr, size);
    _wb_url_changed(app, ptr);
    _free(ptr);
  };
  window.addEventListener('popstate', changed);
  window.addEventListener('hashchange', changed);
});

}  // namespace

void apply_fragment(WebApp& app, const std::string& fragment) {
  for (const auto& action : app::url_state_actions(app.model, fragment)) app::apply(app.model, action);
  app.url_fragment = app::encode_url_state(app.model);
  app.url_navigation = app::navigation_key(app.model);
}

void restore_from_url(WebApp& app) {
  char* hash = js_location_hash();
  apply_fragment(app, hash);
  std::free(hash);
  js_history_write(app.url_fragment.c_str(), 0);
  js_listen_history(&app);
}

void sync_url(WebApp& app) {
  if (app.url_revision == app.model.revision) return;
  app.url_revision = app.model.revision;
  std::string fragment = app::encode_url_state(app.model);
  if (fragment == app.url_fragment) return;
  std::string navigation = app::navigation_key(app.model);
  js_history_write(fragment.c_str(), navigation != app.url_navigation ? 1 : 0);
  app.url_fragment = std::move(fragment);
  app.url_navigation = std::move(navigation);
}

}  // namespace wortblick::platform

extern "C" void wb_wake(wortblick::platform::WebApp* app);

extern "C" EMSCRIPTEN_KEEPALIVE void wb_url_changed(wortblick::platform::WebApp* app, const char* fragment) {
  // Back/forward or an edited link: the model follows the URL, and no new entry is pushed.
  wortblick::platform::apply_fragment(*app, fragment);
  app->url_revision = app->model.revision;
  wb_wake(app);
}
