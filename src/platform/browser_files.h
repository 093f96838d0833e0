// Files in and out of the page: downloads (Blob + <a download>), the file picker and drag-and-drop.
#pragma once

namespace wortblick::platform {

struct WebApp;

// Installs the drop listeners; dropped and picked files come back through wb_file_received.
void attach_file_glue(WebApp& app);

// Runs the file effects the model queued this frame: downloads, a requested file picker, a copy
// of the one-file page.
void run_file_effects(WebApp& app);

}  // namespace wortblick::platform
