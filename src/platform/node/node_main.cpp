// The node module's C entry points: a workspace over the embedded seeds, JSON calls in and out.
#include <emscripten/emscripten.h>

#include <malloc.h>

#include <string>

#include "core/session/json_boundary.h"
#include "core/session/session.h"

namespace {

// Owned by JavaScript through the pointer wb_core_create returns; no globals.
struct NodeCore {
  wortblick::Session session;
  std::string reply;  // the last answer, valid until the next call
};

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE NodeCore* wb_core_create() {
  return new NodeCore{wortblick::Session(), {}};
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* wb_core_call(NodeCore* core, const char* method, const char* args_json) {
  auto r = wortblick::boundary::call(core->session, method, args_json);
  core->reply = r ? std::move(*r) : std::string(R"({"error":"no such method: )") + method + "\"}";
  return core->reply.c_str();
}

// The methods' names as a JSON array; the string lives as long as the module.
extern "C" EMSCRIPTEN_KEEPALIVE const char* wb_core_methods(NodeCore* core) {
  core->reply = wortblick::boundary::method_names();
  return core->reply.c_str();
}

// Bytes currently allocated by malloc: the honest measure of what the core holds.
extern "C" EMSCRIPTEN_KEEPALIVE double wb_core_heap_used() {
  return static_cast<double>(mallinfo().uordblks);
}
