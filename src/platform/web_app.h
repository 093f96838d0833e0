// The browser app object: the model plus the window, GL context and render bookkeeping.
#pragma once

#include <SDL.h>

#include <cstdint>
#include <deque>
#include <string>
#include <vector>
#include <string_view>

#include "app/frame_pacing.h"
#include "app/model.h"
#include "local_storage.h"

namespace wortblick::platform {

inline constexpr std::size_t kFrameTimesKept = 2000;

struct WebApp {
  app::Model model;
  LocalStorage storage;
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  float fonts_dpr = 0.0f;   // the device pixel ratio the font atlas was built for
  float fonts_size = 0.0f;  // ... and the text size
  std::uint64_t seen_revision = ~std::uint64_t{0};  // the model revision the style was built for
  int frames_drawn = 0;
  bool ready_announced = false;  // explorer.ready resolved: drawn, and the seeds searchable
  double ui_ms = 0;          // ImGui's part of the last frame
  double gl_ms = 0;          // ... and the GL submission's
  double last_frame_ms = 0;  // the whole last frame: input, added texts, UI and GL submission
  std::deque<float> frame_times;  // the last frames' last_frame_ms, oldest first, for benchmarks
  bool context_lost = false;  // until the browser restores the WebGL context
  app::FramePacing pacing;
  bool sleeping = false;       // the main loop is paused until input arrives
  bool continuous = false;     // ?render=continuous: draw every frame (for measurements)
  bool text_focused = false;   // the hidden textarea has the focus
  std::vector<SDL_Event> deferred_events;  // events after a key's second move in a frame (see frame())
  std::string pending_text;    // typed text waiting for a text field to become active
  int pending_text_frames = 0;
  std::string url_fragment;    // what the URL shows now
  std::string url_navigation;  // its navigation part (view, article): a change pushes history
  std::uint64_t url_revision = 0;
  std::string api_reply;    // the last window.explorer answer, read by JavaScript right away
};

std::string call_api(WebApp& app, std::string_view method, std::string_view args_json);

}  // namespace wortblick::platform
