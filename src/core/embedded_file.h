// A file compiled into the program at build time: its name and its exact bytes.
#pragma once

#include <span>
#include <string_view>

namespace wortblick {

struct EmbeddedFile {
  std::string_view name;
  std::string_view bytes;
};

}  // namespace wortblick
