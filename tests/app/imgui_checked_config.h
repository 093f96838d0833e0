// ImGui config for native builds: asserts abort with a message even when NDEBUG is set.
#pragma once

#include <cstdio>
#include <cstdlib>

#define IM_ASSERT(expr)                                                                        \
  ((expr) ? (void)0                                                                            \
          : (std::fprintf(stderr, "ImGui assert failed: %s (%s:%d)\n", #expr, __FILE__, __LINE__), \
             std::abort()))
