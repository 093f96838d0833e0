// Answers the ImGui OpenGL3 backend's per-frame GL state back-up from memory instead of WebGL.
//
// The backend reads 14 values with glGetIntegerv at the start of every RenderDrawData so it can
// restore them afterwards. In Chrome a getParameter is a synchronous round trip to the GPU
// process: 2.3 ms of every frame in the typing profile, more than the UI itself. The page is the
// only user of its context and the backend restores everything it changes, so between frames the
// state is what the first real read returned. The one exception is the viewport, which the main
// loop sets before every draw (so the stale value restored after a resize is overwritten before
// it is used). A restored context reloads the page, so the values never outlive their context.
#include <GLES3/gl3.h>

#include <array>
#include <cstddef>

namespace {

struct Remembered {
  GLenum pname;
  int size;  // how many integers the query writes
  std::array<GLint, 4> value{};
  bool known = false;
};

}  // namespace

// Declared by gl3.h under this name in imgui_impl_opengl3.cpp only (a compile definition renames
// glGetIntegerv there; see src/platform/CMakeLists.txt).
extern "C" void wb_gl_get_integerv(GLenum pname, GLint* data) {
  // The context's own state is global to the page; this mirrors part of it.
  static std::array<Remembered, 14> remembered = {{
      {GL_ACTIVE_TEXTURE, 1},       {GL_CURRENT_PROGRAM, 1},       {GL_TEXTURE_BINDING_2D, 1},
      {GL_SAMPLER_BINDING, 1},      {GL_ARRAY_BUFFER_BINDING, 1},  {GL_VERTEX_ARRAY_BINDING, 1},
      {GL_VIEWPORT, 4},             {GL_SCISSOR_BOX, 4},           {GL_BLEND_SRC_RGB, 1},
      {GL_BLEND_DST_RGB, 1},        {GL_BLEND_SRC_ALPHA, 1},       {GL_BLEND_DST_ALPHA, 1},
      {GL_BLEND_EQUATION_RGB, 1},   {GL_BLEND_EQUATION_ALPHA, 1},
  }};
  for (auto& r : remembered) {
    if (r.pname != pname) continue;
    if (!r.known) {
      glGetIntegerv(pname, r.value.data());
      r.known = true;
    }
    for (int i = 0; i < r.size; ++i) data[i] = r.value[static_cast<std::size_t>(i)];
    return;
  }
  glGetIntegerv(pname, data);
}
