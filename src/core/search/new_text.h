// A text handed in for this session (a dropped file, pasted text, an addTexts call).
#pragma once

#include <string>

namespace wortblick::search {

struct NewText {
  std::string name;  // a file name; made unique ("name-2.txt") when taken
  std::string bytes;
};

}  // namespace wortblick::search
