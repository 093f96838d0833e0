// Keyboard text, clipboard and wake-up plumbing between the page's JavaScript and ImGui.
#pragma once

struct ImGuiIO;

namespace wortblick::platform {

struct WebApp;

// Hands the app to the JavaScript glue (textarea, wake listeners) once it is set up.
void attach_browser_glue(WebApp& app);

// ImGui copies through the browser clipboard; paste arrives as text from the page's paste event.
void install_clipboard(ImGuiIO& io);

// Hands text typed into the textarea to ImGui once a text field is active (call before NewFrame).
void deliver_pending_text(WebApp& app);

// Keeps the hidden textarea focused exactly while an ImGui text field is active.
void sync_text_focus(WebApp& app, bool wants_text);

// Lets the render loop sleep; input or an API call wakes it (see browser_glue.js).
void sleep_until_input(WebApp& app, bool text_field_active);

}  // namespace wortblick::platform
