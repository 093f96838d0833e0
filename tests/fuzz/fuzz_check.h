// Invariant checks shared by the fuzz targets: a failed check aborts, which libFuzzer reports as a crash.
#pragma once

#include "../support/valid_utf8.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

// Not assert(): the fuzz build may define NDEBUG, and a broken invariant must always stop the run.
#define FUZZ_CHECK(cond)                                                             \
  do {                                                                               \
    if (!(cond)) {                                                                   \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                  \
    }                                                                                \
  } while (0)

namespace fuzz {

using ::wortblick::testing_support::valid_utf8;

}  // namespace fuzz
