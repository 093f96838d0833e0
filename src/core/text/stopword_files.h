// Stop lists embedded at build time (Snowball's German list via Debian's liblingua-stopwords-perl).
#pragma once

#include "core/embedded_file.h"

namespace wortblick::generated {

// One file per language, one lowercase word per line, UTF-8.
std::span<const EmbeddedFile> stopword_files();

}  // namespace wortblick::generated
