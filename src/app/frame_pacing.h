// Render on demand: decides when the browser loop may sleep, so an idle page costs no CPU.
#pragma once

namespace wortblick::app {

// Frames keep coming for a few frames after each input or change (ImGui settles hover and layout
// in that time), then the loop sleeps until the next input wakes it.
struct FramePacing {
  static constexpr int kFramesAfterChange = 3;
  int frames_since_change = 0;

  void on_change() { frames_since_change = 0; }
  // Call once per drawn frame; `busy` is true while work or animation needs more frames.
  bool may_sleep_after_frame(bool busy) {
    if (busy) {
      frames_since_change = 0;
      return false;
    }
    return ++frames_since_change >= kFramesAfterChange;
  }
};

}  // namespace wortblick::app
