// The TTF fonts subset and embedded at build time (Noto Sans from Debian's fonts-noto-core).
#pragma once

#include "core/embedded_file.h"

namespace wortblick::generated {

// "NotoSans-Bold.ttf" and "NotoSans-Regular.ttf", sorted by name.
std::span<const EmbeddedFile> font_files();

}  // namespace wortblick::generated
