// Browser entry point: SDL2 window on the page's canvas, WebGL2, and the per-frame loop.
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include <string_view>

#include "app/fonts.h"
#include "app/actions.h"
#include "app/frame.h"
#include "app/tag_persistence.h"
#include "app/theme.h"
#include "browser_files.h"
#include "browser_history.h"
#include "browser_input.h"
#include "web_app.h"

namespace {

using wortblick::platform::WebApp;

EM_JS(void, js_attach_app, (void* app), { Module['wortblickAttach'](app); });
EM_JS(void, js_first_frame, (), { Module['wortblickFirstFrame'](); });
EM_JS(void, js_ready, (), { Module['wortblickReady'](); });
EM_JS(int, js_continuous_rendering, (), {
  return new URLSearchParams(location.search).get('render') === 'continuous' ? 1 : 0;
});
EM_JS(void, js_failed, (const char* message), { Module['wortblickFailed'](UTF8ToString(message)); });

EM_JS(void, js_save_png, (float x, float y, float w, float h, const char* name), {
  const source = Module['canvas'];
  const ratio = source.width / source.clientWidth;
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(w * ratio));
  out.height = Math.max(1, Math.round(h * ratio));
  out.getContext('2d').drawImage(source, x * ratio, y * ratio, w * ratio, h * ratio, 0, 0, out.width, out.height);
  const fileName = UTF8ToString(name);
  out.toBlob((blob) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }, 'image/png');
});
EM_JS(void, js_announce_resize, (), { window.dispatchEvent(new Event('resize')); });
EM_JS(int, js_touch_screen, (), {
  return (window.matchMedia && matchMedia('(pointer: coarse)').matches) || navigator.maxTouchPoints > 0 ? 1 : 0;
});
// The page's address for share links: location.href without its fragment (the app writes its own).
EM_JS(char*, js_page_url, (), {
  const url = location.href.split('#')[0];
  const size = lengthBytesUTF8(url) + 1;
  const ptr = _malloc(size);
  stringToUTF8(url, ptr, size);
  return ptr;
});
// Only the one-file build can save itself (single_file.js keeps the page as it arrived).
EM_JS(int, js_page_copy_available, (), { return typeof Module['wortblickPageCopy'] === 'function' ? 1 : 0; });
EM_JS(int, js_prefers_english, (), {
  const lang = (navigator.language || 'de').toLowerCase();
  return lang.startsWith('de') ? 0 : 1;
});

// Fonts are rasterized for the current devicePixelRatio and text size; browser zoom, a move to
// another screen or the app's own zoom changes them, and the atlas is rebuilt between frames.
void ensure_style(WebApp& app) {
  const auto dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  const float size = app.model.display.font_size();
  if (dpr != app.fonts_dpr || size != app.fonts_size) {
    // SDL resizes the canvas backing store for a new ratio only in its resize handler, and not
    // every ratio change comes with a resize event (another screen, emulation).
    if (app.fonts_dpr != 0.0f && dpr != app.fonts_dpr) js_announce_resize();
    wortblick::app::load_fonts(size, dpr);
    if (app.fonts_dpr != 0.0f) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    app.fonts_dpr = dpr;
    app.fonts_size = size;
    wortblick::app::apply(app.model, wortblick::app::SetDevicePixelRatio{dpr});
  }
  if (app.seen_revision != app.model.revision) {
    wortblick::app::apply_theme(app.model.display);
    app.seen_revision = app.model.revision;
  }
}

// Keys that mean an app command rather than text. Ctrl+= / Ctrl+- replace the browser's zoom
// (SDL keeps the browser from seeing them), which would scale the whole page instead of the text.
void handle_shortcut(WebApp& app, const SDL_Event& event, bool typing) {
  namespace a = wortblick::app;
  if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_F3) {
    a::apply(app.model, a::NextHit{(event.key.keysym.mod & KMOD_SHIFT) != 0});
  }
  if (event.type == SDL_KEYDOWN && (event.key.keysym.mod & (KMOD_CTRL | KMOD_GUI))) {
    switch (event.key.keysym.sym) {
      case SDLK_f: a::apply(app.model, a::FocusSearch{}); break;
      case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: a::apply(app.model, a::ZoomIn{}); break;
      case SDLK_MINUS: case SDLK_KP_MINUS: a::apply(app.model, a::ZoomOut{}); break;
      case SDLK_0: case SDLK_KP_0: a::apply(app.model, a::ZoomReset{}); break;
      default: break;
    }
  }
  // One-key commands work while no text field is being edited; the typed character decides,
  // so they follow the keyboard layout. ('/', Shift+7 on German keyboards, is handled in
  // browser_glue.js, which must also move the focus before the next key arrives.)
  if (event.type == SDL_TEXTINPUT && !typing) {
    const std::string_view text = event.text.text;
    if (text == "p" || text == "P") a::apply(app.model, a::ToggleProjector{});
  }
}

// A lost WebGL context (GPU reset, driver update, too many contexts): the loss is "prevented" so
// the browser restores the context, and the page then reloads into the same state: the view is in
// the URL and tags are in localStorage. Recreating ImGui's GL objects in place left the canvas
// blank with emscripten 3.1.6's GL layer, and a reload is the path that always works.
EM_JS(void, js_reload_page, (), { location.reload(); });

EM_BOOL on_context_lost(int, const void*, void* arg) {
  static_cast<WebApp*>(arg)->context_lost = true;
  return EM_TRUE;
}

EM_BOOL on_context_restored(int, const void*, void*) {
  js_reload_page();
  return EM_TRUE;
}

void frame(void* arg) {
  WebApp& app = *static_cast<WebApp*>(arg);
  const double frame_started = emscripten_get_now();
  const bool typing = ImGui::GetIO().WantTextInput;
  // ImGui 1.86 reads keys as held-down state: a key that goes down and up within one frame would
  // never be seen as pressed, and one that goes up and down again would not be pressed a second
  // time (fast typing, two arrow presses on a busy machine). Each key moves at most once per
  // frame; the rest of the queue waits for the next frame.
  std::vector<SDL_Event> events = std::move(app.deferred_events);
  app.deferred_events.clear();
  SDL_Event polled;
  while (SDL_PollEvent(&polled)) events.push_back(polled);
  std::vector<SDL_Scancode> moved_now;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const SDL_Event& event = events[i];
    if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) {
      const SDL_Scancode key = event.key.keysym.scancode;
      if (std::find(moved_now.begin(), moved_now.end(), key) != moved_now.end()) {
        app.deferred_events.assign(events.begin() + static_cast<std::ptrdiff_t>(i), events.end());
        break;
      }
      moved_now.push_back(key);
    }
    app.pacing.on_change();
    handle_shortcut(app, event, typing);
    // Text arrives through the hidden textarea (browser_glue.js), which also sees dead keys,
    // AltGr and IME composition; SDL's keypress text would duplicate it.
    if (event.type == SDL_TEXTINPUT) continue;
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) {
      // The backend reads the modifiers from SDL_GetModState(), the state after every queued
      // event: on a slow frame Ctrl is already up when Ctrl+A is handled, and the A reads as
      // plain typing. The event carries the modifiers as they were when the key moved.
      ImGuiIO& io = ImGui::GetIO();
      const Uint16 mod = event.key.keysym.mod;
      io.KeyShift = (mod & KMOD_SHIFT) != 0;
      io.KeyCtrl = (mod & KMOD_CTRL) != 0;
      io.KeyAlt = (mod & KMOD_ALT) != 0;
      io.KeySuper = (mod & KMOD_GUI) != 0;
    }
  }
  if (!app.deferred_events.empty()) app.pacing.on_change();  // another frame must come for them
  ensure_style(app);

  wortblick::platform::deliver_pending_text(app);
  const double ui_started = emscripten_get_now();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  wortblick::app::draw_frame(app.model);
  ImGui::Render();
  app.ui_ms = emscripten_get_now() - ui_started;

  if (app.context_lost) return;  // nothing can be drawn until the browser restores the context
  const double started = emscripten_get_now();
  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(app.window, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(app.window);
  // A chart saved as PNG is read back now, while the drawing buffer still holds this frame.
  if (const auto& png = app.model.png_request) {
    js_save_png(png->x, png->y, png->width, png->height, png->file_name.c_str());
    wortblick::app::apply(app.model, wortblick::app::PngSaved{});
  }
  app.gl_ms = emscripten_get_now() - started;
  app.last_frame_ms = emscripten_get_now() - frame_started;
  app.frame_times.push_back(static_cast<float>(app.last_frame_ms));
  if (app.frame_times.size() > wortblick::platform::kFrameTimesKept) app.frame_times.pop_front();

  // ImGui lays out windows on the first frame and draws them settled on the second; scripts
  // are told the explorer is ready once the seed texts are searchable too.
  if (++app.frames_drawn == 2) js_first_frame();
  if (!app.ready_announced && app.frames_drawn >= 2 && app.model.session.pending() == 0) {
    app.ready_announced = true;
    js_ready();
  }

  wortblick::platform::sync_url(app);
  wortblick::app::save_tags_if_changed(app.model, app.storage);
  wortblick::platform::run_file_effects(app);
  const ImGuiIO& io = ImGui::GetIO();
  wortblick::platform::sync_text_focus(app, io.WantTextInput);
  // Frames keep coming while there is work: held-back key releases, articles being counted.
  const bool busy = app.frames_drawn < 2 || !app.deferred_events.empty() || app.model.chart_data.pending > 0 ||
                    app.model.reader_marks.counting ||
                    app.model.session.pending() > 0 || !app.pending_text.empty();
  if (!app.continuous && app.pacing.may_sleep_after_frame(busy)) {
    wortblick::platform::sleep_until_input(app, io.WantTextInput);
  }
}

bool init(WebApp& app) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
    return false;
  }
  // WebGL2 is OpenGL ES 3.0.
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  // RESIZABLE + a CSS-sized canvas: SDL keeps the backing store at CSS size x devicePixelRatio.
  const auto flags =
      static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  app.window = SDL_CreateWindow("Wortblick", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                css_w > 0 ? static_cast<int>(css_w) : 1280,
                                css_h > 0 ? static_cast<int>(css_h) : 800, flags);
  if (!app.window) {
    std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
    return false;
  }
  app.gl = SDL_GL_CreateContext(app.window);
  if (!app.gl) {
    std::fprintf(stderr, "WebGL2 context failed: %s\n", SDL_GetError());
    return false;
  }
  SDL_GL_MakeCurrent(app.window, app.gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
  // After the backend: it installs SDL's internal clipboard, which never reaches the browser's.
  wortblick::platform::install_clipboard(io);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  if (js_prefers_english()) wortblick::app::apply(app.model, wortblick::app::SetLanguage{wortblick::app::Lang::En});
  wortblick::app::apply(app.model, wortblick::app::SetTouch{js_touch_screen() != 0});
  ensure_style(app);
  return true;
}

}  // namespace

int main() {
  // Lives as long as the page: the browser, not main(), ends the program.
  auto* app = new WebApp;
  // The seeds are indexed and counted in the first frames' background slices, not before the
  // first frame: the article list shows at once, and explorer.ready waits for the index.
  app->model = wortblick::app::make_model(wortblick::Session(wortblick::make_embedded_workspace(wortblick::SeedIndexing::InSteps)));
  if (!init(*app)) {
    js_failed("Wortblick could not start: WebGL2 is not available in this browser.");
    return 1;
  }
  app->continuous = js_continuous_rendering() != 0;
  char* page_url = js_page_url();
  wortblick::app::apply(app->model, wortblick::app::SetPageUrl{page_url, js_page_copy_available() != 0});
  std::free(page_url);
  wortblick::app::load_tags(app->model, app->storage);  // before the first frame: no flash of "no tags"
  wortblick::platform::restore_from_url(*app);
  emscripten_set_webglcontextlost_callback("#canvas", app, EM_TRUE, on_context_lost);
  emscripten_set_webglcontextrestored_callback("#canvas", app, EM_TRUE, on_context_restored);
  js_attach_app(app);
  wortblick::platform::attach_browser_glue(*app);
  wortblick::platform::attach_file_glue(*app);
  emscripten_set_main_loop_arg(frame, app, 0, true);
  return 0;
}
