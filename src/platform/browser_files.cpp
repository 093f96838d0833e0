// Downloads, file picker and drag-and-drop through small EM_JS functions.
#include "browser_files.h"

#include <emscripten/emscripten.h>

#include <string>
#include <string_view>

#include "app/actions.h"
#include "web_app.h"

namespace wortblick::platform {
namespace {

EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
  const bytes = HEAPU8.slice(data, data + size);
  const blob = new Blob([bytes], { type: UTF8ToString(mime) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

EM_JS(void, js_open_file_picker, (), { Module['wortblickPickFile'](); });
EM_JS(void, js_save_page_copy, (), { Module['wortblickSavePageCopy'](); });
EM_JS(void, js_attach_files, (void* app), { Module['wortblickFilesAttach'](app); });

}  // namespace

void attach_file_glue(WebApp& app) { js_attach_files(&app); }

void run_file_effects(WebApp& app) {
  for (const auto& d : app.model.downloads) {
    js_download(d.file_name.c_str(), d.mime.c_str(), d.bytes.data(), static_cast<int>(d.bytes.size()));
  }
  if (!app.model.downloads.empty()) app::apply(app.model, app::DownloadsTaken{});
  if (app.model.file_open_requested) {
    app::apply(app.model, app::FilePickerOpened{});
    js_open_file_picker();
  }
  if (app.model.page_copy_requested) {
    app::apply(app.model, app::PageCopySaved{});
    js_save_page_copy();
  }
}

}  // namespace wortblick::platform

extern "C" void wb_wake(wortblick::platform::WebApp* app);

// A picked or dropped file; `size` bytes at `data` (may hold NUL bytes and invalid UTF-8).
extern "C" EMSCRIPTEN_KEEPALIVE void wb_file_received(wortblick::platform::WebApp* app, const char* name,
                                                       const char* data, int size) {
  namespace a = wortblick::app;
  std::string bytes(data, static_cast<std::size_t>(size));
  const std::string_view file(name);
  // A tag file is imported (after the merge/replace question); anything else is a text to explore.
  if (file.size() >= 5 && file.substr(file.size() - 5) == ".json") {
    a::apply(app->model, a::ImportFileReceived{name, std::move(bytes)});
  } else {
    a::apply(app->model, a::AddTexts{{wortblick::search::NewText{name, std::move(bytes), wortblick::search::format_of_file(file)}}});
  }
  wb_wake(app);
}

extern "C" EMSCRIPTEN_KEEPALIVE void wb_file_too_large(wortblick::platform::WebApp* app, const char* name) {
  wortblick::app::apply(app->model, wortblick::app::FileTooLarge{name});
  wb_wake(app);
}
