// The node module's C entry points: a workspace over the embedded seeds, JSON calls in and out.
#include <emscripten/emscripten.h>

#include <malloc.h>

#include <string>

#include "core/api/explorer_api.h"
#include "core/workspace.h"

namespace {

// Owned by JavaScript through the pointer wb_core_create returns; no globals.
struct NodeCore {
  wortblick::Workspace workspace;
  std::string reply;  // the last answer, valid until the next call
};

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE NodeCore* wb_core_create() {
  return new NodeCore{wortblick::make_embedded_workspace(), {}};
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* wb_core_call(NodeCore* core, const char* method, const char* args_json) {
  auto r = wortblick::call_core_api(core->workspace, method, args_json);
  core->reply = r ? std::move(*r) : std::string(R"({"error":"no such method: )") + method + "\"}";
  return core->reply.c_str();
}

// Bytes currently allocated by malloc: the honest measure of what the core holds.
extern "C" EMSCRIPTEN_KEEPALIVE double wb_core_heap_used() {
  return static_cast<double>(mallinfo().uordblks);
}
