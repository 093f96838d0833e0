// JavaScript <-> C++ entry points for text input, clipboard and waking the render loop.
#include "browser_input.h"

#include <emscripten/emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <string>

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
  // Pasted line breaks would vanish in a single-line field and glue words together.
  std::replace(text.begin(), text.end(), '\n', ' ');
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
  wb_wake(app);
}
