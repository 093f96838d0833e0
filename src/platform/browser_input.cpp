// JavaScript <-> C++ entry points for text input, clipboard and waking the render loop.
#include "browser_input.h"

#include <emscripten/emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/actions.h"
#include "web_app.h"

namespace wortblick::platform {
namespace {

EM_JS(void, js_glue_attach, (void* app), { Module['wortblickGlueAttach'](app); });
EM_JS(void, js_focus_text, (int wanted), { Module['wortblickFocusText'](!!wanted); });
EM_JS(void, js_copy, (const char* text), { Module['wortblickCopy'](UTF8ToString(text)); });
// The caret blinks while a text field is active: wake up in time for the next blink.
EM_JS(void, js_wake_later, (void* app, int ms), { setTimeout(function() { _wb_wake(app); }, ms); });

void set_clipboard(void*, const char* text) { js_copy(text); }

const char* get_clipboard(void*) {
  // Paste comes from the browser's paste event (browser_glue.js), never from a stale internal copy.
  return "";
}

}  // namespace

void attach_browser_glue(WebApp& app) { js_glue_attach(&app); }

void install_clipboard(ImGuiIO& io) {
  io.SetClipboardTextFn = set_clipboard;
  io.GetClipboardTextFn = get_clipboard;
  io.ClipboardUserData = nullptr;
}

void deliver_pending_text(WebApp& app) {
  if (app.pending_text.empty()) return;
  const bool focus_pending = app.model.view_state.focus_search;
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) {
    // ImGui drops typed characters while Ctrl alone is held, and a paste (Ctrl+V) arrives
    // exactly then: the text waits for the Ctrl release. Ctrl+Alt is AltGr on Windows: text.
    if (io.KeyCtrl && !io.KeyAlt) return;
    ImGui::GetIO().AddInputCharactersUTF8(app.pending_text.c_str());
    app.pending_text.clear();
  } else if (!focus_pending && ++app.pending_text_frames > 3) {
    app.pending_text.clear();  // nothing took the text: it was not meant for a field
  }
  if (app.pending_text.empty()) app.pending_text_frames = 0;
}

void sync_text_focus(WebApp& app, bool wants_text) {
  if (wants_text == app.text_focused) return;
  app.text_focused = wants_text;
  js_focus_text(wants_text ? 1 : 0);
}

void sleep_until_input(WebApp& app, bool text_field_active) {
  if (app.sleeping) return;
  emscripten_pause_main_loop();
  app.sleeping = true;
  if (text_field_active) js_wake_later(&app, 530);
}

}  // namespace wortblick::platform

using wortblick::platform::WebApp;

extern "C" EMSCRIPTEN_KEEPALIVE void wb_wake(WebApp* app) {
  app->pacing.on_change();
  if (app->sleeping) {
    app->sleeping = false;
    emscripten_resume_main_loop();
  }
}

extern "C" EMSCRIPTEN_KEEPALIVE void wb_text_input(WebApp* app, const char* utf8) {
  std::string text(utf8);
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  // Pasted line breaks would vanish in a single-line field and glue words together.
  if (!app->model.view_state.multiline_active) std::replace(text.begin(), text.end(), '\n', ' ');
  // Keys typed right after '/' or Ctrl+F arrive before the search box is active (it activates
  // on the next frame); they wait for it instead of being dropped.
  app->pending_text += text;
  wb_wake(app);
}

extern "C" EMSCRIPTEN_KEEPALIVE void wb_focus_search(WebApp* app) {
  wortblick::app::apply(app->model, wortblick::app::FocusSearch{});
  wb_wake(app);
}
