// URL fragment <-> model, through the History API.
#include "browser_history.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>

#include "app/url_state.h"
#include "web_app.h"

namespace wortblick::platform {
namespace {

enum class HistoryWrite : int { ReplaceSoon = 0, Push = 1, ReplaceNow = 2 };

EM_JS(char*, js_location_hash, (), {
  const hash = location.hash.replace(/^#/, "");
  const size = lengthBytesUTF8(hash) + 1;
  const ptr = _malloc(size);
  stringToUTF8(hash, ptr, size);
  return ptr;
});
// Typing replaces the entry on every keystroke. A History API call costs about a millisecond of the
// frame (and Chrome throttles bursts of them), so replacements are written once typing pauses for
// 150 ms. A push writes the pending replacement first, so the entry being left keeps its last state;
// back/forward drops it, since the entry it was meant for is no longer current.
// `mode` is a HistoryWrite.
EM_JS(void, js_history_write, (const char* fragment, int mode), {
  const url = '#' + UTF8ToString(fragment);
  const pending = Module.wbPendingReplace;
  if (pending) {
    clearTimeout(pending.timer);
    Module.wbPendingReplace = null;
  }
  if (mode == 1) {
    if (pending) history.replaceState(null, "", pending.url);
    history.pushState(null, "", url);
    return;
  }
  if (mode == 2) {
    history.replaceState(null, "", url);
    return;
  }
  const write = () => { Module.wbPendingReplace = null; history.replaceState(null, "", url); };
  Module.wbPendingReplace = { url, timer: setTimeout(write, 150) };
});
EM_JS(void, js_listen_history, (void* app), {
  const changed = () => {
    if (Module.wbPendingReplace) {
      clearTimeout(Module.wbPendingReplace.timer);
      Module.wbPendingReplace = null;
    }
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
  js_history_write(app.url_fragment.c_str(), static_cast<int>(HistoryWrite::ReplaceNow));
  js_listen_history(&app);
}

void sync_url(WebApp& app) {
  if (app.url_revision == app.model.revision) return;
  app.url_revision = app.model.revision;
  std::string fragment = app::encode_url_state(app.model);
  if (fragment == app.url_fragment) return;
  std::string navigation = app::navigation_key(app.model);
  const auto mode = navigation != app.url_navigation ? HistoryWrite::Push : HistoryWrite::ReplaceSoon;
  js_history_write(fragment.c_str(), static_cast<int>(mode));
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
