// The seed texts (every seeds/*.txt), embedded by CMake into a generated source file.
#pragma once

#include "core/embedded_file.h"

namespace wortblick::generated {

// Sorted by file name; the bytes are exactly the files' bytes.
std::span<const EmbeddedFile> seed_files();

}  // namespace wortblick::generated
